import { expect } from '@open-wc/testing';
import { defineElement } from './define-element.js';

let seq = 0;
const freshTag = () => `fz-guard-test-${Date.now().toString(36)}-${seq++}`;

function captureWarnings(run: () => void): string[] {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('defineElement', () => {
  it('defines the tag and records its version in window.fazhi.versions', () => {
    const tag = freshTag();
    class First extends HTMLElement {}
    const warnings = captureWarnings(() => defineElement(tag, First, '1.2.3'));
    expect(customElements.get(tag)).to.equal(First);
    expect(window.fazhi?.versions[tag]).to.equal('1.2.3');
    expect(warnings).to.deep.equal([]);
    expect(document.createElement(tag)).to.be.instanceOf(First);
  });

  it('keeps the first definition and warns naming both versions', () => {
    const tag = freshTag();
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement(tag, First, '0.1.0');
    const warnings = captureWarnings(() => defineElement(tag, Second, '0.2.0'));
    expect(customElements.get(tag)).to.equal(First);
    expect(window.fazhi?.versions[tag]).to.equal('0.1.0');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(tag).and.contain('0.1.0').and.contain('0.2.0');
  });

  it('does not throw or warn when the same class is registered twice', () => {
    const tag = freshTag();
    class Only extends HTMLElement {}
    defineElement(tag, Only, '0.1.0');
    const warnings = captureWarnings(() => defineElement(tag, Only, '0.1.0'));
    expect(warnings).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(Only);
  });

  it('names an unknown first version when the tag was defined without the guard', () => {
    const tag = freshTag();
    class Foreign extends HTMLElement {}
    class Ours extends HTMLElement {}
    customElements.define(tag, Foreign);
    const warnings = captureWarnings(() => defineElement(tag, Ours, '0.3.0'));
    expect(customElements.get(tag)).to.equal(Foreign);
    expect(window.fazhi?.versions[tag]).to.equal(undefined);
    expect(warnings[0]).to.contain('未知版本').and.contain('0.3.0');
  });

  it('keeps versions recorded by another copy of the kit', () => {
    window.fazhi = { versions: { 'fz-older-copy': '0.0.9' } };
    const tag = freshTag();
    defineElement(tag, class extends HTMLElement {}, '0.1.0');
    expect(window.fazhi.versions).to.include({ 'fz-older-copy': '0.0.9', [tag]: '0.1.0' });
  });
});
