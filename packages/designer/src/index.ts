export { FzFormDesigner, type FzDownloadDetail } from './fz-form-designer/fz-form-designer.js';
export { DesignSession } from './fz-form-designer/session.js';
