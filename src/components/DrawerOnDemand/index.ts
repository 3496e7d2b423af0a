/**
 * Whether the phone's navigation drawer is wanted yet.
 *
 * In:  nothing; reads the theme's drawer state and listens for the reader
 *      reaching for the menu button.
 * Out: false until the reader presses, touches or focuses the menu button,
 *      or the drawer is opened some other way; true from then on, for as
 *      long as the component using it lives.
 *
 * Why: at phone width the theme mounts the closed drawer, and the docs
 * sidebar that fills it, right after hydration, for a drawer most readers
 * never open (src/theme/Navbar/MobileSidebar, src/theme/DocSidebar/Mobile).
 * A press, touch or key focus on the button comes well before its click,
 * so whatever waits on this is there, closed, when the click opens it.
 */
import {useEffect, useState} from 'react';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';

/** The theme's menu button (Navbar/MobileSidebar/Toggle). */
const TOGGLE = '.navbar__toggle';
/** What comes before a click on the button: a press, a touch, keyboard focus. */
const REACHING = ['pointerdown', 'touchstart', 'focusin'] as const;

export default function useDrawerWanted(): boolean {
  const {shown} = useNavbarMobileSidebar();
  const [wanted, setWanted] = useState(false);
  // Opened some other way: kept from then on, like one reached for.
  if (shown && !wanted) setWanted(true);
  const made = wanted || shown;

  useEffect(() => {
    if (made) return undefined;
    const reach = (event: Event): void => {
      if (event.target instanceof Element && event.target.closest(TOGGLE)) setWanted(true);
    };
    for (const type of REACHING)
      document.addEventListener(type, reach, {capture: true, passive: true});
    return () => {
      for (const type of REACHING) document.removeEventListener(type, reach, {capture: true});
    };
  }, [made]);

  return made;
}
