/**
 * Content that applies to another Microsoft cloud or product than the one
 * this site publishes (a DocFX `::: moniker range` the site doesn't show by
 * default, see src/msdocs/remark/monikers.ts).
 *
 * In:  range, moniker names joined with " || " ("o365-21vianet"), children.
 * Out: a collapsed <details> "Only for Office 365 operated by 21Vianet",
 *      opened by itself when the address' #anchor points inside it (a link
 *      or a table-of-contents entry to a heading in it).
 */
import React, {useEffect, useRef, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import styles from './styles.module.css';

export interface MonikerProps {
  range: string;
  children?: ReactNode;
}

/** Product names for the monikers of Microsoft 365's documentation. */
function productName(moniker: string): string {
  switch (moniker.toLowerCase()) {
    case 'o365-worldwide':
      return translate({
        id: 'msdocs.moniker.o365-worldwide',
        message: 'Microsoft 365 (worldwide)',
        description: 'Name of the worldwide Microsoft 365 cloud, in "Only for {products}"',
      });
    case 'o365-21vianet':
      return translate({
        id: 'msdocs.moniker.o365-21vianet',
        message: 'Office 365 operated by 21Vianet (China)',
        description:
          'Name of the Office 365 cloud run by 21Vianet in China, in "Only for {products}"',
      });
    case 'o365-germany':
      return translate({
        id: 'msdocs.moniker.o365-germany',
        message: 'Office 365 Germany',
        description: 'Name of the Office 365 Germany cloud, in "Only for {products}"',
      });
    case 'o365-gcc':
    case 'o365-gcch':
    case 'o365-dod':
      return translate({
        id: 'msdocs.moniker.o365-government',
        message: 'Office 365 for US Government',
        description: 'Name of the Office 365 US Government clouds, in "Only for {products}"',
      });
    default:
      return moniker;
  }
}

export default function Moniker({range, children}: MonikerProps): ReactNode {
  const {i18n} = useDocusaurusContext();
  const ref = useRef<HTMLDetailsElement>(null);
  const names = [...new Set(range.split('||').map((n) => productName(n.trim())))];
  // One product (every range of the commerce docset) needs no list formatter,
  // whose first use on a page loads the browser's locale data during hydration.
  const products =
    names.length === 1
      ? names[0]
      : new Intl.ListFormat(i18n.currentLocale, {type: 'disjunction'}).format(names);

  useEffect(() => {
    const openForHash = (): void => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      if (target && ref.current && !ref.current.open && ref.current.contains(target)) {
        ref.current.open = true;
        target.scrollIntoView();
      }
    };
    openForHash();
    window.addEventListener('hashchange', openForHash);
    return () => window.removeEventListener('hashchange', openForHash);
  }, []);

  return (
    <details ref={ref} className={styles.moniker} data-moniker={range}>
      <summary className={styles.summary}>
        <Translate
          id="msdocs.moniker.summary"
          description="Summary of a collapsed section that applies to another Microsoft cloud only; {products} names it"
          values={{products}}>
          {'Only for {products}'}
        </Translate>
      </summary>
      <div className={styles.body}>{children}</div>
    </details>
  );
}
