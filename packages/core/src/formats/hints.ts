/** Attributes a text input should carry for a format (the widgets read these). */
export interface FormatHint {
  inputmode?: string;
  autocomplete?: string;
  maxlength?: number;
  placeholder?: string;
}

/**
 * Phone maxlengths leave room for the spaces, dashes and +86 that normalisation removes, so a pasted
 * "+86 138 1234 5678" is not cut short; identity and credit codes are printed without separators.
 * Both may contain letters (X, or the GB 32100 alphabet), so they need the text keyboard.
 */
export const formatHints: Record<string, FormatHint> = {
  'cn-id-card': { inputmode: 'text', autocomplete: 'off', maxlength: 18 },
  'cn-uscc': { inputmode: 'text', autocomplete: 'off', maxlength: 18 },
  'cn-mobile': { inputmode: 'tel', autocomplete: 'tel-national', maxlength: 18 },
  'cn-phone': { inputmode: 'tel', autocomplete: 'tel', maxlength: 24 },
  'cn-postal-code': { inputmode: 'numeric', autocomplete: 'postal-code', maxlength: 6 },
  'cn-region-code': { inputmode: 'numeric', autocomplete: 'off', maxlength: 12 },
  date: { maxlength: 10, placeholder: 'YYYY-MM-DD' },
  email: { inputmode: 'email', autocomplete: 'email', maxlength: 254 },
};
