/** Queries over an imported document, shared by the importer tests. Test code only. */
import type { Node as PMNode } from 'prosemirror-model'

/** The links of `doc`, in order, with their text. */
export function links(doc: PMNode): { text: string; href: string }[] {
  const found: { text: string; href: string }[] = []
  doc.descendants((node) => {
    const link = node.marks.find((mark) => mark.type.name === 'link')
    if (node.isText && link) found.push({ text: node.text ?? '', href: String(link.attrs.href) })
  })
  return found
}

/** The mark names on the (last) text node whose text is exactly `text`. */
export function marksOf(doc: PMNode, text: string): string[] {
  let names: string[] = []
  doc.descendants((node) => {
    if (node.isText && node.text === text) names = node.marks.map((mark) => mark.type.name)
  })
  return names
}
