package httpapi

import (
	"encoding/json"
	"net/http"

	"sitrep"
)

// codes maps application error codes to HTTP status codes.
var codes = map[string]int{
	sitrep.ECONFLICT:    http.StatusConflict,
	sitrep.EINVALID:     http.StatusBadRequest,
	sitrep.ENOTFOUND:    http.StatusNotFound,
	sitrep.EUNSUPPORTED: http.StatusUnsupportedMediaType,
	sitrep.EINTERNAL:    http.StatusInternalServerError,
}

// ErrorStatus returns the HTTP status of an application error code.
func ErrorStatus(code string) int {
	if s, ok := codes[code]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// ErrorResponse is the JSON body of every error the API returns.
type ErrorResponse struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// Error writes err as JSON with the status of its code. Internal errors
// are logged and their text is never sent.
func (s *Server) Error(w http.ResponseWriter, r *http.Request, err error) {
	code, msg := sitrep.ErrorCode(err), sitrep.ErrorMessage(err)
	if code == sitrep.EINTERNAL {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	var body ErrorResponse
	body.Error.Code, body.Error.Message = code, msg
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(ErrorStatus(code))
	json.NewEncoder(w).Encode(body)
}

// writeJSON writes v as JSON with status 200.
func (s *Server) writeJSON(w http.ResponseWriter, r *http.Request, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(b)
}
