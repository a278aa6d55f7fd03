/**
 * Rich text in a catalogue: a sentence with emphasised words in it, as a list of parts, so that a
 * translation can place the emphasis where its own word order puts it. The renderer draws the
 * parts (renderer/ui/RichText.tsx); anything else can read the plain text with {@link plainText}.
 */

/** A part of a rich text: plain text, an emphasised word (`<em>`) or a strong one (`<strong>`). */
export type RichPart = string | { readonly em: string } | { readonly strong: string }

/** A sentence with emphasis, in reading order. */
export type RichText = readonly RichPart[]

/** The text of `rich` without its emphasis. */
export function plainText(rich: RichText): string {
  return rich.map((part) => (typeof part === 'string' ? part : 'em' in part ? part.em : part.strong)).join('')
}
