import { useMemo, useState } from 'react';
import { blockNameKey } from '../../../shared/excellence/blocks';
import { commentsByBlock, type BlockComments } from '../../../shared/excellence/comments';
import { useT } from '../i18n';
import { useSession } from '../session/SessionContext';

/** Comments shown per block before "show all": a large session can hold thousands. */
const FIRST_COMMENTS = 12;

/**
 * The participants' comments ("toelichting") per building block, below the figures; part of
 * the results view, so hidden until the facilitator reveals the results.
 */
export function CommentsList() {
  const t = useT();
  const { session } = useSession();
  const { participants } = session.excellence;
  const blocks = useMemo(
    () => commentsByBlock(participants, session.groups),
    [participants, session.groups],
  );
  if (blocks.length === 0) return null;
  return (
    <section className="card excellence-comments" data-testid="excellence-comments">
      <h2>{t('excellence.comments.title')}</h2>
      <p className="muted">{t('excellence.comments.intro')}</p>
      {blocks.map((entry) => (
        <BlockCommentList key={entry.block} entry={entry} />
      ))}
    </section>
  );
}

function BlockCommentList({ entry }: { entry: BlockComments }) {
  const t = useT();
  const [all, setAll] = useState(false);
  const { comments } = entry;
  const shown = all ? comments : comments.slice(0, FIRST_COMMENTS);
  return (
    <div className="excellence-comment-block">
      <h3>
        {entry.block}. {t(blockNameKey(entry.block))}{' '}
        <span className="muted">
          ({t('excellence.comments.count', { count: comments.length })})
        </span>
      </h3>
      <ul>
        {shown.map((comment, index) => (
          <li key={index}>
            <q>{comment.text}</q>
            {comment.group !== null && <span className="muted"> · {comment.group}</span>}
          </li>
        ))}
      </ul>
      {comments.length > FIRST_COMMENTS && (
        <button type="button" onClick={() => setAll(!all)}>
          {all
            ? t('excellence.comments.showFewer')
            : t('excellence.comments.showAll', { count: comments.length })}
        </button>
      )}
    </div>
  );
}
