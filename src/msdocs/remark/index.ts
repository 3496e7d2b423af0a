/**
 * The Microsoft Docs compatibility plugins, in the order they run
 * (before Docusaurus' own remark plugins, so the rest of the pipeline sees
 * ordinary Markdown).
 */
import remarkMsdocsLinks from './links';

export const msdocsRemarkPlugins = [remarkMsdocsLinks];
