import type { Preview } from '@storybook/web-components-vite';

// The elements speak Chinese by default; the page should say so for screen readers and fonts.
document.documentElement.lang = 'zh-CN';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
};

export default preview;
