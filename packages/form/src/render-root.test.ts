import { expect } from '@open-wc/testing';
import { scopeCss } from './render-root.js';

/** The scoped CSS without its leading reset, as the page would parse it. */
function rules(css: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(scopeCss('fz-x', css));
  const out: string[] = [];
  const walk = (list: CSSRuleList) => {
    for (const rule of list) {
      if (rule instanceof CSSStyleRule) out.push(rule.selectorText);
      else if (rule instanceof CSSKeyframeRule) out.push(`keyframe ${rule.keyText}`);
      else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
    }
  };
  walk(sheet.cssRules);
  return out.slice(1);
}

describe('scopeCss (render-root="light")', () => {
  it('turns :host into the tag, at zero weight when it is the subject', () => {
    expect(rules(':host { display: block } :host([care-mode]) { --a: 1 } :host([hidden]) { display: none }')).to.deep.equal([
      ':where(fz-x)',
      ':where(fz-x[care-mode])',
      ':where(fz-x[hidden])',
    ]);
  });

  it('keeps :host(…) conditions on descendants and prefixes every other selector with the tag and the weight of an id', () => {
    expect(rules(":host(:not([data-print='sheet'])) .fz-sheet, :host([a]) > p { x: y } *, *::before { box-sizing: inherit } :focus-visible { outline: 0 }")).to.deep.equal([
      'fz-x:not([data-print="sheet"]):not(#_) .fz-sheet, fz-x[a]:not(#_) > p',
      'fz-x:not(#_) *, fz-x:not(#_) ::before',
      'fz-x:not(#_) :focus-visible',
    ]);
  });

  it('splits selector lists only outside parentheses, and drops comments', () => {
    expect(rules('/* a, b { } */ .a:is(.b, .c) .d, .e { x: y }')).to.deep.equal(['fz-x:not(#_) .a:is(.b, .c) .d, fz-x:not(#_) .e']);
  });

  it('scopes inside @media and leaves keyframe selectors alone', () => {
    expect(rules('@media print { button { display: none } :host { color: #000 } } @keyframes spin { from { x: y } to { x: z } }')).to.deep.equal([
      'fz-x:not(#_) button',
      ':where(fz-x)',
      'keyframe 0%',
      'keyframe 100%',
    ]);
  });

  it('starts with a reset of the HTML elements inside the tag, SVG left out', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(scopeCss('fz-x', ''));
    expect([...sheet.cssRules].map((r) => r.cssText)).to.deep.equal(['@namespace h url("http://www.w3.org/1999/xhtml");', 'fz-x:not(#_) h|* { all: revert; }']);
  });
});
