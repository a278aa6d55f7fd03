// @vitest-environment jsdom
import DOMPurify from 'dompurify'
import { DOMParser as PMDOMParser, DOMSerializer, type Node as PMNode } from 'prosemirror-model'
import { afterEach, describe, expect, it } from 'vitest'
import { toPlainText } from './plainText'
import { schema } from './articleSchema'
import { importHtml, sanitizeArticleHtml } from './importHtml'
import { links, marksOf } from '../testing/docQueries'

// The test page's own window, as the renderer passes it.
const dom = { window, purify: DOMPurify }

/** The HTML the editor would render for `doc`. */
function rendered(doc: PMNode): string {
  const container = document.createElement('div')
  container.appendChild(DOMSerializer.fromSchema(schema).serializeFragment(doc.content, { document }))
  return container.innerHTML
}

function serialize(fragment: DocumentFragment): string {
  const container = document.createElement('div')
  container.appendChild(fragment.cloneNode(true))
  return container.innerHTML
}

const UNSAFE_LINKS =
  '<a href="javascript:alert(1)">un</a> ' +
  '<a href="JaVaScRiPt:alert(1)">deux</a> ' +
  '<a href="java&#x09;script:alert(1)">trois</a> ' +
  '<a href="&#106;avascript:alert(1)">quatre</a> ' +
  '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">cinq</a> ' +
  '<a href="  javascript:alert(1)">six</a> ' +
  '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">sept</a> ' +
  '<a href="vbscript:msgbox(1)">huit</a> ' +
  '<a href="/relatif">neuf</a>'
const UNSAFE_TEXT = 'un deux trois quatre cinq six sept huit neuf'

afterEach(() => {
  // Nothing may ever reach the live page.
  expect(document.body.innerHTML).toBe('')
  expect(document.head.querySelector('meta, base, script')).toBeNull()
})

describe('importHtml: what survives', () => {
  it('keeps headings, paragraphs, lists, quotes, emphasis, strong, breaks and safe links', () => {
    const doc = importHtml(
      '<article><h1>Titre</h1><h3>Intertitre</h3><p>Un <em>mot</em>, un <i>autre</i>, <strong>fort</strong> et <b>gras</b>.<br>Ligne.</p>' +
        '<ul><li>un</li><li>deux<ol start="4"><li>quatre</li></ol></li></ul>' +
        '<blockquote><p>Citation</p></blockquote>' +
        '<p><a href="https://www.afp.com/fr" title="AFP">AFP</a> et <a href="mailto:redac@exemple.fr">écrire</a></p></article>',
      dom
    )
    expect(doc.toJSON()).toMatchObject({ type: 'doc' })
    const types: string[] = []
    doc.descendants((node) => {
      if (!node.isInline) types.push(node.type.name === 'heading' ? `h${String(node.attrs.level)}` : node.type.name)
    })
    expect(types).toEqual([
      'h1', 'h3', 'paragraph', 'bullet_list', 'list_item', 'paragraph', 'list_item', 'paragraph', 'ordered_list',
      'list_item', 'paragraph', 'blockquote', 'paragraph', 'paragraph'
    ])
    expect(marksOf(doc, 'mot')).toEqual(['em'])
    expect(marksOf(doc, 'autre')).toEqual(['em'])
    expect(marksOf(doc, 'fort')).toEqual(['strong'])
    expect(marksOf(doc, 'gras')).toEqual(['strong'])
    expect(links(doc)).toEqual([
      { text: 'AFP', href: 'https://www.afp.com/fr' },
      { text: 'écrire', href: 'mailto:redac@exemple.fr' }
    ])
    expect(toPlainText(doc).text).toBe(
      'Titre\n\nIntertitre\n\nUn mot, un autre, fort et gras.\nLigne.\n\nun\n\ndeux\n\nquatre\n\nCitation\n\nAFP et écrire'
    )
  })

  it('keeps French text intact, no-break spaces included', () => {
    const doc = importHtml(
      '<p>Les Nord-coréens ont dit leur «&nbsp;soutien total&nbsp;» à la Russie\u202f! L’armée d’Œ… — «\u00a0oui\u00a0».</p>',
      dom
    )
    expect(toPlainText(doc).text).toBe(
      'Les Nord-coréens ont dit leur «\u00a0soutien total\u00a0» à la Russie\u202f! L’armée d’Œ… — «\u00a0oui\u00a0».'
    )
  })

  it('replaces lone surrogates with U+FFFD instead of failing', () => {
    // Found by fuzzing (shared/testing/fuzz/fixtures/html-20230727-36.escaped.json): two low surrogates
    // made the parser throw, DOMPurify returned null and ProseMirror's parser crashed on it.
    const doc = importHtml('<p>a\udc00\udfffb \ud800</p>', dom)
    doc.check()
    expect(toPlainText(doc).text).toBe('a\ufffd\ufffdb \ufffd')
    expect(toPlainText(importHtml('<p>Emoji 😀 gardé</p>', dom)).text).toBe('Emoji 😀 gardé')
  })

  it('gives an empty document for a frameset page, which has no body', () => {
    // Found by fuzzing (shared/testing/fuzz/fixtures/html-20230727-267.html): `<frameset>` replaces the
    // body, DOMPurify returned null and ProseMirror's parser crashed on it.
    for (const html of ['<e><frameset>', '<html><head><title>T</title></head><frameset><frame src="a.html"></frameset></html>']) {
      const doc = importHtml(html, dom)
      doc.check()
      expect(toPlainText(doc).text).toBe('')
    }
  })

  it('drops layout whitespace and empty spacer blocks, but not no-break spaces inside text', () => {
    const doc = importHtml(
      '<div>\n  <p>Un</p>\n  Texte libre\n  <b>gras</b>\n</div><p>&nbsp;</p><p><br></p><p>  </p>' +
        '<p>Ligne \n<br>\n suite\u00a0!</p><ul>\n <li>\n  <p> </p><ul><li>imbriqué</li></ul>\n </li>\n</ul>',
      dom
    )
    doc.check()
    expect(toPlainText(doc).text).toBe('Un\n\nTexte libre gras\n\nLigne\nsuite\u00a0!\n\n\n\nimbriqué')
    expect(marksOf(doc, 'gras')).toEqual(['strong'])
  })

  it('keeps the alt text of an image', () => {
    expect(toPlainText(importHtml('<p>Voici <img src="x.png" alt="une carte"> du pays.</p>', dom)).text).toBe(
      'Voici une carte du pays.'
    )
    expect(toPlainText(importHtml('<p>Légende<img alt="photo"></p><figure><img alt="carte"></figure>', dom)).text).toBe(
      'Légende photo\n\ncarte'
    )
  })
})

describe('importHtml: what does not survive', () => {
  it('imports only the body: no title, no head', () => {
    const doc = importHtml(
      '<!doctype html><html><head><title>Titre de la page</title><style>p { color: red }</style></head>' +
        '<body><p>Texte de l’article.</p></body></html>',
      dom
    )
    expect(toPlainText(doc).text).toBe('Texte de l’article.')
  })

  it('drops scripts with their contents, wherever they are', () => {
    const doc = importHtml(
      '<head><script>var headSecret = 1</script></head><body><p>Avant<script>alert("corps")</script> après</p>' +
        '<noscript><p>Activez JavaScript</p></noscript><template><p>modèle</p></template>' +
        '<script type="module">import("x")</script><style>.x{}</style></body>',
      dom
    )
    const text = toPlainText(doc).text
    expect(text).toBe('Avant après')
    expect(text).not.toMatch(/alert|headSecret|import|JavaScript|modèle|\.x/)
  })

  it('removes event-handler and style attributes in the sanitised DOM and the rendered document', () => {
    const html =
      '<p onclick="steal()" style="background:url(javascript:x)">Texte <img src=x onerror="alert(1)" alt="photo">' +
      '<a href="https://exemple.fr" onmouseover="alert(2)" style="color:red">lien</a></p>' +
      '<details open ontoggle="alert(3)"><summary>Résumé</summary></details><body onload="alert(4)">'
    const sanitised = sanitizeArticleHtml(html, dom)
    const all = [...sanitised.querySelectorAll('*')]
    expect(all.length).toBeGreaterThan(0)
    for (const element of all) {
      for (const attribute of element.getAttributeNames()) expect(attribute).not.toMatch(/^on|^style$/i)
    }
    expect(serialize(sanitised)).not.toMatch(/onerror|onclick|onmouseover|ontoggle|onload|alert|<img/i)
    const doc = importHtml(html, dom)
    expect(rendered(doc)).not.toMatch(/onerror|onclick|onmouseover|style=|alert/i)
    expect(toPlainText(doc).text).toBe('Texte photo lien\n\nRésumé')
  })

  it('removes meta refresh, base, link, frames, forms controls, SVG and MathML', () => {
    const html =
      '<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/">' +
      '<link rel="stylesheet" href="https://evil.example/x.css"><p>Texte</p>' +
      '<iframe src="https://evil.example/"></iframe><object data="x.swf">objet</object><embed src="x.swf">' +
      '<form action="https://evil.example/"><label>Nom</label> <input value="secret"><textarea>brouillon</textarea>' +
      '<select><option>choix</option></select><button>Envoyer</button></form>' +
      '<svg><a xlink:href="javascript:alert(1)"><text>svg</text></a></svg><math><mi>x</mi></math>'
    const sanitised = sanitizeArticleHtml(html, dom)
    expect(
      sanitised.querySelector('meta, base, link, iframe, object, embed, form, input, textarea, select, button, svg, math')
    ).toBeNull()
    const doc = importHtml(html, dom)
    expect(toPlainText(doc).text).toBe('Texte\n\nNom')
    expect(rendered(doc)).not.toMatch(/evil|refresh|javascript/i)
  })

  it('drops every unsafe link but keeps its text', () => {
    const doc = importHtml(`<p>${UNSAFE_LINKS} <a href="https://ok.example/">ok</a></p>`, dom)
    expect(links(doc)).toEqual([{ text: 'ok', href: 'https://ok.example/' }])
    expect(toPlainText(doc).text).toBe(`${UNSAFE_TEXT} ok`)
    expect(rendered(doc)).not.toMatch(/javascript|data:|vbscript/i)
  })

  it('drops SVG links, xlink:href included', () => {
    const doc = importHtml(
      '<p>Avant</p><svg xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:alert(1)"><text>clic</text></a></svg>',
      dom
    )
    expect(links(doc)).toEqual([])
    expect(rendered(doc)).not.toContain('javascript')
  })
})

describe('the schema link rule on its own (second line of defence)', () => {
  it('gives no link mark to any unsafe href even without DOMPurify', () => {
    // An inert document: nothing in it runs or loads.
    const inert = new window.DOMParser().parseFromString(
      `<p>${UNSAFE_LINKS} <a href="https://ok.example/">ok</a></p><svg><a xlink:href="javascript:alert(1)"><text>svg</text></a></svg>`,
      'text/html'
    )
    const doc = PMDOMParser.fromSchema(schema).parse(inert.body)
    expect(links(doc)).toEqual([{ text: 'ok', href: 'https://ok.example/' }])
  })
})
