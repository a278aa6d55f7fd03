import { readFileSync } from 'node:fs'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import type { OutsideSource, Tag } from '../model/tag'
import { exportInputFor, KIT_AUTHOR, KIT_TIME, SAMPLE_PROPERTIES, tagOn } from '../testing/exportKit'
import { asParagraphs } from '../testing/longReport'
import { EXPORT_FORMATS } from './index'
import { escapeHtml, htmlReportFormat, REPORT_CSP } from './reportHtml'
import { markdownReportFormat } from './reportMarkdown'
import { buildReportModel, quoteInSentence, safeHref } from './reportModel'

const SAMPLE = asParagraphs(readFileSync(new URL('../../electron/resources/russie-coree-du-nord.fr.txt', import.meta.url), 'utf8'))

const PROPERTIES = SAMPLE_PROPERTIES

function sampleTags(): Tag[] {
  return [
    tagOn(SAMPLE, { id: 'e-choigou', kind: 'entity', exact: 'Sergueï Choïgou', entityType: 'person', patch: { entity: { externalId: 'Q470535', aliases: ['Choïgou'] } } }),
    tagOn(SAMPLE, { id: 'e-choigou-2', kind: 'entity', exact: 'Sergueï Choïgou', occurrence: 1, entityType: 'person', patch: { entity: { mentionOf: 'e-choigou' } } }),
    tagOn(SAMPLE, { id: 'e-kp', kind: 'entity', exact: 'Corée du Nord', entityType: 'place', patch: { entity: { canonicalName: 'Corée du Nord (RPDC)' } } }),
    tagOn(SAMPLE, { id: 's-kcna', kind: 'source', exact: 'l’agence de presse officielle KCNA', patch: { source: { sourceType: 'press-agency', url: 'https://kcna.kp', publisher: 'KCNA' } } }),
    tagOn(SAMPLE, {
      id: 'c-compliquera',
      kind: 'claim',
      exact: 'la consolidation des liens entre la Russie et la Corée du Nord compliquera la tâche aux États-Unis',
      patch: { claim: { verdict: 'mostly-false', status: 'checked', rationale: 'Les échanges restent modestes.', entities: ['e-kp'], sources: [{ sourceId: 'out-1', relation: 'contradicts' }] } }
    }),
    tagOn(SAMPLE, {
      id: 'c-partenaire',
      kind: 'claim',
      exact: '« partenaire important »',
      patch: { claim: { verdict: 'true', status: 'checked', speakerId: 'e-choigou-2', sources: [{ sourceId: 's-kcna', relation: 'supports' }], entities: ['e-kp'] } }
    }),
    tagOn(SAMPLE, { id: 'c-soutien', kind: 'claim', exact: '« soutien total »', occurrence: 1, patch: { claim: { verdict: 'mostly-false', status: 'in-progress', sources: [{ sourceId: 's-kcna', relation: 'quoted-from' }] } } })
  ]
}

const OUTSIDE: OutsideSource[] = [
  {
    id: 'out-1',
    title: 'Chiffres du commerce russo-coréen, 2022',
    note: '',
    createdBy: KIT_AUTHOR,
    createdAt: KIT_TIME,
    updatedBy: KIT_AUTHOR,
    updatedAt: KIT_TIME,
    source: { url: 'https://stats.example.org/kp', sourceType: 'document', publisher: 'Institut des statistiques', publishedOn: '2023-02-01', accessedOn: '2023-07-28', reliability: 'Chiffres officiels, à recouper' }
  }
]

function input(language: 'fr' | 'en', claimIds?: string[]) {
  const base = exportInputFor(SAMPLE, sampleTags(), { language, properties: PROPERTIES, outsideSources: OUTSIDE })
  return claimIds ? { ...base, claimIds: new Set(claimIds) } : base
}

describe('the report model', () => {
  it('puts the claims in text order, counts them by verdict and leaves sign-offs unrecorded', () => {
    const model = buildReportModel(input('fr'))
    expect(model.claims.map((c) => c.id)).toEqual(['c-partenaire', 'c-soutien', 'c-compliquera'])
    expect(model.summary.byVerdict).toEqual([
      { verdict: 'true', label: 'Vrai', count: 1, countText: '1' },
      { verdict: 'mostly-false', label: 'Plutôt faux', count: 2, countText: '2' }
    ])
    expect(model.summary.signedOff).toBeNull()
    expect(model.title).toBe('Vérification\u00a0: Moscou renforce ses liens avec Pyongyang')
    expect(model.properties.find((p) => p.name === 'datePublished')?.value).toBe('27 juillet 2023')
    expect(model.properties.find((p) => p.name === 'language')?.value).toBe('français')
  })

  it('finds the quote in its sentence', () => {
    const model = buildReportModel(input('fr'))
    const partenaire = model.claims[0].inSentence
    expect(partenaire.before).toBe('Pour lui, cette dernière est un ')
    expect(partenaire.quote).toBe('« partenaire important »')
    expect(partenaire.after).toBe(' pour Moscou.')
    const compliquera = model.claims[2].inSentence
    expect(compliquera.before).toBe('Notons que ')
    expect(compliquera.after).toBe(' et à leurs alliés dans la région.')
    // A heading (a paragraph without a final mark) is a sentence of its own.
    const heading = SAMPLE.indexOf('« soutien total » à la Russie')
    expect(quoteInSentence(SAMPLE, heading, heading + 17)).toEqual({ before: 'Les Nord-coréens ont dit leur ', quote: '« soutien total »', after: ' à la Russie' })
    expect(quoteInSentence('Il a dit « Non ! » hier. Puis rien.', 3, 6)).toEqual({ before: 'Il ', quote: 'a d', after: 'it « Non ! » hier.' })
    expect(quoteInSentence('Avant. « Oui ! » Puis rien.', 17, 21)).toEqual({ before: '', quote: 'Puis', after: ' rien.' })
  })

  it('lists sources with the claims resting on them, and entities with mentions and claims', () => {
    const model = buildReportModel(input('en'))
    expect(model.sources.map((s) => [s.title, s.inText, s.claims])).toEqual([
      ['l’agence de presse officielle KCNA', true, [1, 2]],
      ['Chiffres du commerce russo-coréen, 2022', false, [3]]
    ])
    expect(model.sources[1]).toMatchObject({ typeLabel: 'Document / report', publishedOn: 'February 1, 2023', reliability: 'Chiffres officiels, à recouper' })
    expect(model.entities.map((e) => [e.name, e.typeLabel, e.mentions, e.aliases, e.externalId, e.claims])).toEqual([
      ['Corée du Nord (RPDC)', 'Place', 1, [], '', [1, 3]],
      ['Sergueï Choïgou', 'Person', 2, ['Choïgou'], 'Q470535', [1]]
    ])
    expect(model.claims[0].speaker?.name).toBe('Sergueï Choïgou')
  })

  it('keeps only the chosen claims, and the sources and entities they rest on', () => {
    const model = buildReportModel(input('fr', ['c-compliquera']))
    expect(model.claims.map((c) => [c.number, c.id])).toEqual([[1, 'c-compliquera']])
    expect(model.summary.chosen).toBe('Ce rapport retient 1 des 3 affirmations de l’article.')
    expect(model.sources.map((s) => s.id)).toEqual(['out-1'])
    expect(model.entities.map((e) => e.id)).toEqual(['e-kp'])
  })

  it('makes only http, https and mailto URLs clickable', () => {
    expect(safeHref('https://a.example/x?q="1"&r=<b>')).toBe('https://a.example/x?q=%221%22&r=%3Cb%3E')
    expect(safeHref('mailto:a@b.example?subject=<x> "y"')).toBe('mailto:a@b.example?subject=%3Cx%3E%20%22y%22')
    expect(safeHref('javascript:alert(1)')).toBeNull()
    expect(safeHref('data:text/html,<b>')).toBeNull()
    expect(safeHref('/relative')).toBeNull()
  })
})

describe('the Markdown and HTML reports', () => {
  it('are registered as md and html', () => {
    expect(EXPORT_FORMATS.md).toBe(markdownReportFormat)
    expect(EXPORT_FORMATS.html).toBe(htmlReportFormat)
    expect(markdownReportFormat.serialize(input('fr'))[0]).toMatchObject({ extension: '.md', mediaType: 'text/markdown;charset=utf-8' })
    expect(htmlReportFormat.serialize(input('fr'))[0]).toMatchObject({ extension: '.html', mediaType: 'text/html;charset=utf-8' })
  })

  it('write the French report with French headings, verdicts and dates', () => {
    const md = { content: markdownReportFormat.serialize(input('fr'))[0].content.replace(/\u00a0/g, ' ') }
    expect(md.content).toContain('# Vérification : Moscou renforce ses liens avec Pyongyang')
    for (const heading of ['## L’article', '## Synthèse', '## Affirmations', '## Sources', '## Index des entités']) expect(md.content).toContain(`\n${heading}\n`)
    expect(md.content).toContain('| Plutôt faux | 2 |')
    expect(md.content).toContain('- **Verdict :** **Plutôt faux**')
    expect(md.content).toContain('- **Dans le texte :** Pour lui, cette dernière est un **« partenaire important »** pour Moscou.')
    expect(md.content).toContain('- **Publié le :** 27 juillet 2023')
    expect(md.content).toContain('  - Étaye : [l’agence de presse officielle KCNA](<https://kcna.kp/>) [1]')
    expect(md.content).toContain('**Validées :** pas encore enregistré')
    expect(md.content).toContain('| Sergueï Choïgou | Personne | 2 | Choïgou | Q470535 | Affirmation 1 |')
    const [html] = htmlReportFormat.serialize(input('fr'))
    expect(html.content).toContain('<html lang="fr">')
    expect(html.content).toContain('<h2>Index des entités</h2>')
    expect(html.content).toContain('<span class="verdict v-mostly-false">Plutôt faux</span>')
    expect(html.content).toContain('Pour lui, cette dernière est un <mark>« partenaire important »</mark> pour Moscou.')
  })

  it('write the English report with English labels', () => {
    const [md] = markdownReportFormat.serialize(input('en'))
    for (const heading of ['## The article', '## Summary', '## Claims', '## Sources', '## Entity index']) expect(md.content).toContain(`\n${heading}\n`)
    expect(md.content).toContain('| Mostly false | 2 |')
    expect(md.content).toContain('### Claim 3: la consolidation des liens')
    expect(md.content).toContain('- **Published on:** July 27, 2023')
    expect(md.content).toContain('- **Claims resting on it:** Claim 1, Claim 2')
    const [html] = htmlReportFormat.serialize(input('en'))
    expect(html.content).toContain('<h2>Entity index</h2>')
    expect(html.content).toContain('<dt>Fact-checked by</dt><dd>Vérif’ Info</dd>')
  })

  it('agree: the same claims, verdicts, sources and entities in both', () => {
    const model = buildReportModel(input('fr'))
    const [md] = markdownReportFormat.serialize(input('fr'))
    const [html] = htmlReportFormat.serialize(input('fr'))
    const rendered = new MarkdownIt().render(md.content)
    for (const claim of model.claims) {
      expect(rendered).toContain(escapeHtml(claim.text))
      expect(html.content).toContain(escapeHtml(claim.text))
    }
    for (const text of [...model.sources.map((s) => s.title), ...model.entities.map((e) => e.name)]) {
      expect(rendered).toContain(escapeHtml(text))
      expect(html.content).toContain(escapeHtml(text))
    }
  })

  describe('on a crafted tag file', () => {
    const text = 'Le ministre a dit que tout allait bien. Rien de plus.'
    const hostile = [
      tagOn(text, {
        id: 'c1',
        kind: 'claim',
        exact: 'tout allait bien',
        patch: {
          note: '<script>alert("note")</script> [clic](javascript:alert(1)) <img src=x onerror=alert(2)>',
          claim: { verdict: 'false', rationale: '"><b onmouseover=alert(3)>x</b>\n# pas un titre\n- pas une liste', claimReviewed: '<i>x</i> & "y"', sources: [{ sourceId: 's1', relation: 'contradicts' }] }
        }
      }),
      tagOn(text, { id: 's1', kind: 'source', exact: 'Le ministre', patch: { source: { url: 'javascript:alert(document.cookie)', publisher: '<a href="https://evil.example">x</a>' } } })
    ]
    const crafted = exportInputFor(text, hostile, { properties: { headline: '</title><script>x()</script>', url: 'javascript:alert(4)', reviewUrl: 'https://ok.example/"onmouseover="x' } })

    it('escapes every text in the HTML and links only safe URLs', () => {
      const [html] = htmlReportFormat.serialize(crafted)
      const tags = [...html.content.matchAll(/<\/?([a-z0-9]+)\b[^>]*>/gi)]
      const allowed = 'html head meta title style body header h1 h2 h3 p main section dl dt dd span table thead tbody tfoot tr th td article blockquote mark ul li a br div strong'.split(' ')
      expect(tags.map((m) => m[1].toLowerCase()).filter((name) => !allowed.includes(name))).toEqual([])
      expect(tags.filter((m) => /\son\w+=/i.test(m[0]))).toEqual([])
      expect(html.content).toContain('&lt;script&gt;alert(&quot;note&quot;)&lt;/script&gt;')
      expect(html.content).not.toMatch(/href="javascript/i)
      expect(html.content).toContain('javascript:alert(document.cookie)') // shown as text
      expect(html.content).toContain('<a href="https://ok.example/%22onmouseover=%22x">')
      const hrefs = [...html.content.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((m) => m[1])
      expect(hrefs.every((href) => href.startsWith('#') || href.startsWith('https://') || href.startsWith('http://') || href.startsWith('mailto:'))).toBe(true)
    })

    it('escapes every text in the Markdown, so a renderer passing HTML through gets none', () => {
      const [md] = markdownReportFormat.serialize(crafted)
      const rendered = new MarkdownIt({ html: true, linkify: false }).render(md.content)
      expect(rendered).not.toMatch(/<script|<img|<b |<i>|<a href="https:\/\/evil/i)
      expect(rendered).not.toMatch(/href="javascript/i)
      expect(rendered).toContain('&lt;script&gt;')
      expect(rendered).toContain('# pas un titre')
      expect(rendered).not.toMatch(/<h1>pas un titre|<li>pas une liste/)
    })
  })

  it('makes no external request: a strict policy, inline styles, no src and no href but clickable links', () => {
    const [file] = htmlReportFormat.serialize(input('fr'))
    const html = file.content
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">`)
    expect(REPORT_CSP).toContain("default-src 'none'")
    expect(html).not.toMatch(/<(script|img|link|iframe|object|embed|video|audio|source|base|form)\b/i)
    expect(html).not.toMatch(/\bsrc=/i)
    expect(html).not.toMatch(/url\(|@import|@font-face/i)
    // Every href is on an <a>: an anchor of the report or a link the reader clicks.
    const hrefs = [...html.matchAll(/<(\w+)\b[^>]*\bhref="([^"]*)"/g)]
    expect(hrefs.length).toBeGreaterThan(0)
    expect(hrefs.every((m) => m[1] === 'a')).toBe(true)
    expect(html).toContain('@media print')
    expect(html).toMatch(/section \+ section \{ break-before: page; \}/)
    expect(html).toContain('content: " (" attr(href) ")"')
  })
})
