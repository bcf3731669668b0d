"""`python -m followup_lint`: the same as the `followup-lint` command."""

from followup_lint.cli import console_main

raise SystemExit(console_main())
