package segment_test

import (
	"fmt"

	"sitrep/segment"
)

func ExampleSplit() {
	text := "Mr. Lavrov said 8,000 people can't leave. “We’ll see,” he said."
	for _, s := range segment.Split(text) {
		fmt.Printf("[%d,%d)", s.Start, s.End)
		for _, t := range s.Tokens {
			sep := " "
			if t.Fused {
				sep = " +"
			}
			fmt.Print(sep, t.Text)
		}
		fmt.Println()
	}
	// Output:
	// [0,41) Mr. Lavrov said 8,000 people ca +n't leave .
	// [42,63) “ We +’ll see , ” he said .
}
