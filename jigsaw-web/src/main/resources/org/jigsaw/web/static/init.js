// Marks the page as script-enabled and starts GOV.UK Frontend's components.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
