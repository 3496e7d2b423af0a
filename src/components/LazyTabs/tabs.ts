/** The theme's Tabs and TabItem, in one chunk (loaded by ./index.tsx). */
export {default as Tabs} from '@theme/Tabs';
export {default as TabItem} from '@theme/TabItem';
