import type { GlobalThemeOverrides } from 'naive-ui';

/**
 * Naive UI's colours, darkened where its light theme falls short of WCAG's 4.5:1 for text
 * (found by the axe-core audit, issue 11): the grey of secondary text (#767c82 is 4.2:1 on
 * white) and the status colours as tags draw them, text on a 12–16 % tint of itself (the
 * default green is 3:1). The teal stays the brand's, deep enough for an active tab's label.
 * The dark theme's defaults pass and keep the brighter teal.
 */
const BRAND = {
  primaryColor: '#2bb3a3',
  primaryColorHover: '#3cc7b6',
  primaryColorPressed: '#22988a',
  primaryColorSuppl: '#2bb3a3',
};

const LIGHT: GlobalThemeOverrides = {
  common: {
    primaryColor: '#1b786e',
    primaryColorHover: '#22897e',
    primaryColorPressed: '#15655c',
    primaryColorSuppl: '#1b786e',
    textColor3: '#63676d',
    placeholderColor: '#63676d',
    successColor: '#0c7040',
    successColorHover: '#0f8049',
    successColorPressed: '#095c34',
    successColorSuppl: '#0c7040',
    infoColor: '#0f5bb5',
    infoColorHover: '#1468c9',
    infoColorPressed: '#0b4a94',
    infoColorSuppl: '#0f5bb5',
    warningColor: '#8f5400',
    warningColorHover: '#a36000',
    warningColorPressed: '#744400',
    warningColorSuppl: '#8f5400',
    errorColor: '#b8243f',
    errorColorHover: '#cc2c49',
    errorColorPressed: '#981d34',
    errorColorSuppl: '#b8243f',
  },
};

const DARK: GlobalThemeOverrides = { common: BRAND };

export function themeOverridesFor(theme: 'light' | 'dark'): GlobalThemeOverrides {
  return theme === 'dark' ? DARK : LIGHT;
}
