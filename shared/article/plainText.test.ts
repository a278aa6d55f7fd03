import { describe, expect, it } from 'vitest'
import { schema } from './articleSchema'
import { plainTextOf, toPlainText } from './plainText'

const doc = schema.node('doc', null, [
  schema.node('heading', { level: 2 }, [schema.text('Titre')]),
  schema.node('paragraph', null, [schema.text('Un « mot »'), schema.node('hard_break'), schema.text('suite')]),
  schema.node('bullet_list', null, [
    schema.node('list_item', null, [schema.node('paragraph', null, [schema.text('point')])])
  ]),
  schema.node('paragraph')
])

describe('plainText', () => {
  it('joins textblocks with a blank line and hard breaks with a newline', () => {
    expect(toPlainText(doc).text).toBe('Titre\n\nUn « mot »\nsuite\n\npoint\n\n')
  })

  it('caches per document', () => {
    const plain = plainTextOf(doc)
    expect(plainTextOf(doc)).toBe(plain)
  })
})
