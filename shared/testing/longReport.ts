/**
 * Test and benchmark kit: long texts made from an article's own words, deterministically, for
 * measuring at the scale of a 450-page report. Pure: the caller reads the article.
 */

/** `text` as the importers see a plain-text article: paragraphs trimmed, joined by a blank line. */
export function asParagraphs(text: string): string {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n')
}

/**
 * `count` words drawn from the words of `text` by a linear congruential generator started at
 * `seed` (the same seed gives the same words). With `paragraphEvery`, a `'\n\n'` entry follows
 * every that many words, to be joined into paragraphs.
 */
export function seededWords(text: string, count: number, seed: number, paragraphEvery?: number): string[] {
  const words = text.split(/\s+/)
  const drawn: string[] = []
  let state = seed
  for (let i = 0; i < count; i += 1) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    drawn.push(words[state % words.length])
    if (paragraphEvery !== undefined && i % paragraphEvery === paragraphEvery - 1) drawn.push('\n\n')
  }
  return drawn
}
