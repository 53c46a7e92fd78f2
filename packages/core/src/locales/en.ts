/*
 * `@fazhi/core/locales/en`: installs core's English texts (validation and format messages) at once,
 * for a server or a test that checks with `{ locale: 'en' }` and cannot wait for `loadLocale('en')`.
 * Browsers load the same modules on demand.
 */
import '../validate/messages.en.js';
import '../formats/messages.en.js';
