"""`python -m service` runs the newsflow CLI."""

from service.cli import main

main()
