// ESLint for the browser scripts the block ships as they are (plain ES2020 scripts, no build step).
import js from "@eslint/js";
import globals from "globals";

export default [
    {ignores: ["static/js/translations/**", "node_modules/**", ".venv/**", ".tox/**", "build/**"]},
    js.configs.recommended,
    {
        files: ["static/js/**/*.js"],
        languageOptions: {
            ecmaVersion: 2020,
            sourceType: "script",
            globals: {...globals.browser},
        },
        rules: {
            "no-unused-vars": ["error", {args: "none", vars: "local"}],
            eqeqeq: "error",
            "no-var": "off",
            strict: ["error", "function"],
            "no-implicit-globals": "off",
        },
    },
];
