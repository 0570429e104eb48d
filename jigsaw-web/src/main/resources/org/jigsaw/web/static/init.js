// Marks the page as script-enabled and starts GOV.UK Frontend's components.
import { initAll } from '/govuk/govuk-frontend.min.js';
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
