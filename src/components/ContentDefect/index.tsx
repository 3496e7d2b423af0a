/**
 * "This part could not be shown": what a reader sees in place of a part of
 * an imported article the site could not render (src/msdocs/defects.ts).
 *
 * In:  construct, the Microsoft Docs construct that failed (`:::image`,
 *      `include`, `DocFX`...), as the content report names it; inline
 *      ("true") inside running text.
 * Out: a bordered note (`role="note"`, `data-content-defect`) saying that a
 *      part is missing here and which construct it was, in the page's language.
 * Why: a defect in someone else's article must not stop the site, and must
 *      not vanish either: the reader learns that something is missing, the
 *      build's content report says where.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface ContentDefectProps {
  construct: string;
  inline?: string;
}

export default function ContentDefect({construct, inline}: ContentDefectProps): ReactNode {
  const Tag = inline === 'true' ? 'span' : 'div';
  return (
    <Tag
      role="note"
      className={clsx(styles.box, inline === 'true' && styles.inline)}
      data-content-defect={construct}>
      <Translate
        id="msdocs.contentDefect.text"
        description="Shown in place of a part of an imported article that could not be rendered; {construct} is the Microsoft Docs syntax it was written in"
        values={{construct: <code>{construct}</code>}}>
        {'This part could not be shown ({construct}).'}
      </Translate>
    </Tag>
  );
}
