package quotes_test

import (
	"fmt"

	"sitrep/quotes"
	"sitrep/segment"
)

func ExampleFind() {
	text := "“We will stay until the last family is out,” Mayor Ana Ruiz told reporters. " +
		"She said 300 people were still waiting at the bus station."
	for _, q := range quotes.Find(text, segment.Split(text), nil) {
		fmt.Printf("%v %q %s [%d,%d): %s\n", q.Direct, q.Cue, q.Speaker.Text, q.Start, q.End, q.Text)
	}
	// Output:
	// true "told" Mayor Ana Ruiz [1,43): We will stay until the last family is out,
	// false "said" She [85,133): 300 people were still waiting at the bus station
}
