import type { Node as PMNode } from 'prosemirror-model'
import { describe, expect, it } from 'vitest'
import { toPlainText } from './plainText'
import { importMarkdown } from './importMarkdown'
import { links, marksOf } from '../testing/docQueries'

/** The document as nested "type" lines with text, for structural assertions. */
function tree(node: PMNode, depth = 0): string[] {
  if (node.isTextblock) {
    const level = node.type.name === 'heading' ? String(node.attrs.level) : ''
    return [`${'  '.repeat(depth)}${node.type.name}${level}: ${node.textBetween(0, node.content.size, undefined, () => '\n')}`]
  }
  const lines = [`${'  '.repeat(depth)}${node.type.name}`]
  node.forEach((child) => lines.push(...tree(child, depth + 1)))
  return lines
}

describe('importMarkdown: structure', () => {
  it('maps headings of levels 1 to 6', () => {
    const doc = importMarkdown('# Un\n\n## Deux\n\n### Trois\n\n#### Quatre\n\n##### Cinq\n\n###### Six\n\nSetext\n======')
    expect(tree(doc)).toEqual([
      'doc',
      '  heading1: Un',
      '  heading2: Deux',
      '  heading3: Trois',
      '  heading4: Quatre',
      '  heading5: Cinq',
      '  heading6: Six',
      '  heading1: Setext'
    ])
  })

  it('maps nested bullet and ordered lists, keeping the start number', () => {
    const doc = importMarkdown('- un\n- deux\n  1. a\n  2. b\n     - profond\n\n3. trois\n4. quatre')
    expect(tree(doc)).toEqual([
      'doc',
      '  bullet_list',
      '    list_item',
      '      paragraph: un',
      '    list_item',
      '      paragraph: deux',
      '      ordered_list',
      '        list_item',
      '          paragraph: a',
      '        list_item',
      '          paragraph: b',
      '          bullet_list',
      '            list_item',
      '              paragraph: profond',
      '  ordered_list',
      '    list_item',
      '      paragraph: trois',
      '    list_item',
      '      paragraph: quatre'
    ])
    let order = 0
    doc.descendants((node) => {
      if (node.type.name === 'ordered_list' && order === 0 && node.firstChild?.textContent === 'trois') order = Number(node.attrs.order)
    })
    expect(order).toBe(3)
  })

  it('maps blockquotes, nested ones too', () => {
    expect(tree(importMarkdown('> Selon KCNA,\n> un soutien total.\n>\n> > Citation dans la citation'))).toEqual([
      'doc',
      '  blockquote',
      '    paragraph: Selon KCNA, un soutien total.',
      '    blockquote',
      '      paragraph: Citation dans la citation'
    ])
  })

  it('maps emphasis, strong and hard breaks; a soft break is a space', () => {
    const doc = importMarkdown('Un *mot* et **un autre**,  \nà la ligne\nmême paragraphe.')
    expect(marksOf(doc, 'mot')).toEqual(['em'])
    expect(marksOf(doc, 'un autre')).toEqual(['strong'])
    expect(toPlainText(doc).text).toBe('Un mot et un autre,\nà la ligne même paragraphe.')
  })

  it('turns code blocks and fences into paragraphs with hard breaks and drops rules', () => {
    const doc = importMarkdown('Avant\n\n    indenté 1\n    indenté 2\n\n---\n\n```js\nconst a = 1\n\nb()\n```\n\nUn `code` en ligne.')
    expect(tree(doc)).toEqual([
      'doc',
      '  paragraph: Avant',
      '  paragraph: indenté 1\nindenté 2',
      '  paragraph: const a = 1\n\nb()',
      '  paragraph: Un code en ligne.'
    ])
    expect(marksOf(doc, 'Un code en ligne.')).toEqual([])
  })

  it('turns images into their alt text, or nothing', () => {
    const doc = importMarkdown('Voici ![une *carte*](carte.png "titre") du pays.\n\n![](seule.png)\n\nFin.')
    expect(tree(doc)).toEqual(['doc', '  paragraph: Voici une carte du pays.', '  paragraph: Fin.'])
  })
})

describe('importMarkdown: links', () => {
  it('keeps http, https and mailto links', () => {
    const doc = importMarkdown('[AFP](https://www.afp.com/fr "Agence") [site](http://exemple.fr) [écrire](mailto:redac@exemple.fr) <https://auto.link/x>')
    expect(links(doc)).toEqual([
      { text: 'AFP', href: 'https://www.afp.com/fr' },
      { text: 'site', href: 'http://exemple.fr' },
      { text: 'écrire', href: 'mailto:redac@exemple.fr' },
      { text: 'https://auto.link/x', href: 'https://auto.link/x' }
    ])
  })

  it('keeps the text of unsafe or relative links without the link', () => {
    const doc = importMarkdown(
      '[un](javascript:alert(1)) [deux](JaVaScRiPt:alert(1)) [trois](data:text/html,<b>x</b>) ' +
        '[quatre](vbscript:x) [cinq](/relatif) [six](ref) <javascript:alert(2)>\n\n[ref]: file:///etc/passwd'
    )
    expect(links(doc)).toEqual([])
    expect(toPlainText(doc).text).toBe('un deux trois quatre cinq six javascript:alert(2)')
  })
})

describe('importMarkdown: raw HTML and text fidelity', () => {
  it('never turns raw HTML into elements: it stays literal text', () => {
    const doc = importMarkdown('<script>alert("x")</script>\n\nTexte <img src=x onerror=alert(1)> suite <b>gras</b>')
    expect(tree(doc)).toEqual([
      'doc',
      '  paragraph: <script>alert("x")</script>',
      '  paragraph: Texte <img src=x onerror=alert(1)> suite <b>gras</b>'
    ])
    expect(marksOf(doc, 'gras')).toEqual([])
  })

  it('keeps French punctuation, apostrophes, straight quotes and no-break spaces', () => {
    const text = 'Il a dit\u00a0: « C’est un “partenaire” important »\u202f! "Oui" -- l\'armée... (c) 1/2'
    expect(toPlainText(importMarkdown(text)).text).toBe(text)
  })
})

describe('importMarkdown: robustness', () => {
  it('imports a file nested too deep for markdown-it as plain text, losing nothing', () => {
    const text = `${'- '.repeat(80)}profond\n\naprès`
    const plain = toPlainText(importMarkdown(text)).text
    expect(plain).toContain('profond')
    expect(plain).toContain('après')
  })

  it('never puts U+0000 in the text, even from a percent-escape in an autolink', () => {
    // Found by fuzzing (shared/testing/fuzz/fixtures/md-20230727-403.escaped.json): `<ht:%00>` gave a NUL.
    expect(toPlainText(importMarkdown('a <ht:%00> b <https://x.fr/%00> c')).text).toBe('a ht:\ufffd b https://x.fr/\ufffd c')
    expect(toPlainText(importMarkdown('*<ab:%00>* \u0000 &#0;')).text).toBe('ab:\ufffd \ufffd \ufffd')
  })

  it('never throws and always returns a valid document', () => {
    const alphabet = ['#', '*', '_', '`', '[', ']', '(', ')', '!', '<', '>', '-', '+', '1.', ' ', '\n', '\n\n', '    ', '|', '~', '\\', '&amp;', 'é', '«', 'a', 'javascript:', 'http://x', '\r', '\t', '\u0000']
    let seed = 42
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed
    }
    for (let round = 0; round < 300; round++) {
      let input = ''
      const length = next() % 200
      for (let i = 0; i < length; i++) input += alphabet[next() % alphabet.length]
      const doc = importMarkdown(input)
      expect(() => doc.check()).not.toThrow()
    }
  })
})
