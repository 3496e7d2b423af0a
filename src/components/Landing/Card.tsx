/** One card of a landing page: its title and its link lists (./index.tsx). */
import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

export default function LandingCard({
  title,
  children,
}: {
  title: string;
  children?: ReactNode;
}): ReactNode {
  return (
    <section className={styles.card}>
      <h2 className={styles.cardTitle}>{title}</h2>
      {children}
    </section>
  );
}
