import { html, nothing, type TemplateResult } from 'lit';
import type { ProcessStep } from './types.js';

type Text = (key: 'stepsLabel' | 'stepN' | 'timeLimit', params?: Record<string, unknown>) => string;

/**
 * The 权力运行流程图 as an ordered list: a screen reader reads the steps in order ("第 2 步…"),
 * and the boxes, numbers and connecting arrows are drawn by CSS around the list items (see
 * `.fz-flow` in the styles), so nothing in the chart is an image without text.
 */
export function processChart(steps: ProcessStep[], t: Text): TemplateResult {
  return html`<ol class="fz-flow" part="flow" aria-label=${t('stepsLabel', { count: steps.length })}>
    ${steps.map(
      (step, i) => html`<li class="fz-flow__step" part="flow-step">
        <span class="fz-flow__num" aria-hidden="true">${i + 1}</span>
        <span class="fz-flow__box">
          <span class="fz-visually-hidden">${t('stepN', { n: i + 1 })}：</span>
          <strong class="fz-flow__title">${step.title}</strong>
          ${step.description ? html`<span class="fz-flow__text">${step.description}</span>` : nothing}
          ${step.timeLimit ? html`<span class="fz-flow__limit">${t('timeLimit', { limit: step.timeLimit })}</span>` : nothing}
        </span>
      </li>`,
    )}
  </ol>`;
}
