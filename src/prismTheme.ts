/**
 * Code highlighting colours for light mode: Prism's GitHub theme with its
 * token colours darkened to reach WCAG AA (4.5:1) on the code background
 * #f6f8fa. The stock colours of strings, numbers, booleans, functions and
 * comments are 2.5-4.3:1 and fail axe on real articles with PowerShell.
 * Dark mode: Dracula, whose comment colour (3.2:1 on #282a36) is lightened.
 */
import {themes, type PrismTheme} from 'prism-react-renderer';

const AA_COLOURS: Record<string, string> = {
  '#999988': '#60604f', // comments
  '#e3116c': '#b0104f', // strings
  '#36acaa': '#0d6866', // numbers, booleans, variables
  '#00a4db': '#006a8e', // at-rules, attribute names
  '#d73a49': '#b31d28', // functions, tags
};

const DARK_AA_COLOURS: Record<string, string> = {
  'rgb(98, 114, 164)': '#a4afd6', // comments
};

// Also drops token opacity (GitHub's `namespace` is 0.7 opaque, which
// takes its text below 4.5:1).
function withColours(theme: PrismTheme, colours: Record<string, string>): PrismTheme {
  return {
    ...theme,
    styles: theme.styles.map((entry) => {
      const {opacity: _opacity, ...style} = entry.style;
      const colour = style.color;
      return {
        ...entry,
        style: colour && colours[colour] ? {...style, color: colours[colour]} : style,
      };
    }),
  };
}

export const lightCodeTheme = withColours(themes.github, AA_COLOURS);
export const darkCodeTheme = withColours(themes.dracula, DARK_AA_COLOURS);
