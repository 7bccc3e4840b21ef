// A count of the steps the text readers take (tokens read, automaton moves, characters trimmed), so the tests can
// prove that the work grows in proportion to a note's size by counting it, never by timing it. Counting costs one
// addition per step; nothing in the product reads the count.

/** Steps taken since the count was last reset. */
export const work = { steps: 0 };
