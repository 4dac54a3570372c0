from analyysi.cli import main

raise SystemExit(main())
