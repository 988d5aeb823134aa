// Starts the NHS.UK frontend components. Loaded with <script type="module">,
// so only browsers that support ES modules run it; the pages work without it.
import { initAll } from "./nhsuk-frontend.min.js";

initAll();
