package claims_test

import (
	"fmt"

	"sitrep/claims"
	"sitrep/segment"
)

func ExampleFind() {
	text := "According to the Red Crescent, between 40 and 45 people were killed and " +
		"hundreds wounded in Idlib. A 45-year-old driver said 90 percent of the trucks got through."
	for _, c := range claims.Find(text, segment.Split(text), nil, nil) {
		max := "-"
		if c.Max != nil {
			max = fmt.Sprint(*c.Max)
		}
		fmt.Printf("%s min=%d max=%s qualifier=%q who=%q place=%s source=%s\n",
			c.Kind, c.Min, max, c.Qualifier, c.Who, c.Place.Name, c.Source.Text)
	}
	// Output:
	// killed min=40 max=45 qualifier="" who="people" place=Idlib source=the Red Crescent
	// wounded min=100 max=- qualifier="hundreds" who="people" place=Idlib source=the Red Crescent
}
