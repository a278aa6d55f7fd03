/** Draws a catalogue's rich text (shared/messages/rich.ts): its words, with `<em>` and `<strong>` where it says. */
import type { RichText as Rich } from '../../shared/messages'

export function RichText(props: { text: Rich }) {
  return (
    <>
      {props.text.map((part, index) =>
        typeof part === 'string' ? part : 'em' in part ? <em key={index}>{part.em}</em> : <strong key={index}>{part.strong}</strong>
      )}
    </>
  )
}
