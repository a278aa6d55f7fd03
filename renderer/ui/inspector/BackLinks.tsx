/**
 * The claims that link to a tag, as the inspector of a source or an entity lists them: each a
 * button that selects the claim, with the relation for a source. Read from the link index, which
 * is computed once per version of the tag set.
 */
import { msg } from '../../../shared/messages'
import type { LinkRole } from '../../../shared/model/links'
import type { LinkContext } from './linkContext'

const t = msg.ui.links

export function BackLinks(props: { ctx: LinkContext; id: string; role: LinkRole; title: string; testId: string }) {
  const { ctx } = props
  const links = (ctx.links.get(props.id) ?? []).filter((link) => link.role === props.role)
  const headingId = `${props.testId}-heading`
  return (
    <section className="link-section" aria-labelledby={headingId} data-testid={props.testId}>
      <h3 id={headingId}>
        {props.title} <span className="count">{links.length}</span>
      </h3>
      {links.length === 0 ? (
        <p className="meta">{t.noClaims}</p>
      ) : (
        <ul className="link-list">
          {links.map((link, i) => {
            const target = ctx.target(link.fromId)
            return (
              <li key={`${link.fromId}-${i}`} className="link-row" data-testid="back-link" data-from-id={link.fromId}>
                <button type="button" className="link-name" onClick={() => ctx.reveal(link.fromId)} title={t.show({ name: target.label })}>
                  {target.label}
                </button>
                {link.relation && <span className={`relation-chip relation-${link.relation}`}>{t.relations[link.relation]}</span>}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
