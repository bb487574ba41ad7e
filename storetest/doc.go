// Package storetest is the conformance suite of sitrep.Store: Run checks
// one implementation against the behaviour the root package documents, so
// the SQLite and PostgreSQL stores cannot drift apart. It also creates
// throw-away PostgreSQL databases for tests (TempPostgres).
package storetest
