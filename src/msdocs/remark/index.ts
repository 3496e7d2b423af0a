/**
 * The Microsoft Docs compatibility plugins, in the order they run
 * (before Docusaurus' own remark plugins, so the rest of the pipeline sees
 * ordinary Markdown).
 *
 * Component tags first: the Markdown inside them must reach the plugins
 * after (links) as part of the component.
 */
import remarkMsdocsComponents from './components';
import remarkMsdocsLinks from './links';

export const msdocsRemarkPlugins = [remarkMsdocsComponents, remarkMsdocsLinks];
