import { describe, expect, it } from 'vitest'
import { schema } from '../../shared/article/articleSchema'
import { plainTextOf, toPlainText } from '../../shared/article/plainText'
import { offsetToPos, posToOffset } from './positions'

const doc = schema.node('doc', null, [
  schema.node('heading', { level: 2 }, [schema.text('Titre')]),
  schema.node('paragraph', null, [schema.text('Un « mot »'), schema.node('hard_break'), schema.text('suite')]),
  schema.node('bullet_list', null, [
    schema.node('list_item', null, [schema.node('paragraph', null, [schema.text('point')])])
  ]),
  schema.node('paragraph')
])

describe('positions', () => {
  it('converts every offset inside a block to a position and back', () => {
    const plain = toPlainText(doc)
    for (const block of plain.blocks) {
      for (let offset = block.offset; offset <= block.offset + block.length; offset++) {
        expect(posToOffset(plain, offsetToPos(plain, offset))).toBe(offset)
      }
    }
    // An offset inside a separator lands at the start of the next block.
    expect(offsetToPos(plain, 6)).toBe(plain.blocks[1].pos)
    const at = plain.text.indexOf('mot')
    expect(doc.textBetween(offsetToPos(plain, at), offsetToPos(plain, at + 3))).toBe('mot')
    const point = plain.text.indexOf('point')
    expect(doc.textBetween(offsetToPos(plain, point), offsetToPos(plain, point + 5))).toBe('point')
  })

  it('throws on an offset outside the text', () => {
    const plain = plainTextOf(doc)
    expect(() => offsetToPos(plain, -1)).toThrow(RangeError)
    expect(() => offsetToPos(plain, plain.text.length + 1)).toThrow(RangeError)
  })
})
