// Builds the service's CSS from GOV.UK Frontend's Sass and copies the JavaScript it needs.
// Output goes to academy/static/build/ (not committed; `make assets` runs this).
import { mkdirSync, copyFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const out = join(root, "academy", "static", "build");
mkdirSync(out, { recursive: true });

const result = sass.compile(join(here, "scss", "academy.scss"), {
  importers: [new sass.NodePackageImporter(root)],
  style: "compressed",
  sourceMap: false,
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(join(out, "academy.css"), result.css);

const govukDist = join(root, "node_modules", "govuk-frontend", "dist", "govuk");
copyFileSync(join(govukDist, "govuk-frontend.min.js"), join(out, "govuk-frontend.min.js"));
console.log(`Built ${join("academy", "static", "build")}: academy.css (${result.css.length} bytes), govuk-frontend.min.js`);
