# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_clawctl_global_optspecs
    string join \n state-dir= config= profile= db= format= json color= q/quiet v/verbose y/yes actor= h/help V/version
end

function __fish_clawctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_clawctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_clawctl_using_subcommand
    set -l cmd (__fish_clawctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c clawctl -n "__fish_clawctl_needs_command" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_needs_command" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_needs_command" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_needs_command" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_needs_command" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_needs_command" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_needs_command" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_needs_command" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_needs_command" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_needs_command" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_needs_command" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_needs_command" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_needs_command" -f -a "status" -d 'Show what clawctl found: state dir, layout, config, agents, sessions, transcripts, media, ops database'
complete -c clawctl -n "__fish_clawctl_needs_command" -f -a "sync" -d 'Ingest new transcript entries into the ops database (incremental, idempotent)'
complete -c clawctl -n "__fish_clawctl_needs_command" -f -a "secrets" -d 'Find plaintext secrets, move them into the OS keychain, resolve them for the bot'
complete -c clawctl -n "__fish_clawctl_needs_command" -f -a "audit" -d 'Record, query and verify the tamper-evident audit trail'
complete -c clawctl -n "__fish_clawctl_needs_command" -f -a "cost" -d 'Where the money went: cost attribution reports from the bot\'s transcripts'
complete -c clawctl -n "__fish_clawctl_needs_command" -f -a "budget" -d 'Daily and monthly spending limits, and estimates before an expensive turn'
complete -c clawctl -n "__fish_clawctl_needs_command" -f -a "user" -d 'People the bot talks to: list, show, GDPR export and erasure'
complete -c clawctl -n "__fish_clawctl_needs_command" -f -a "retention" -d 'Data retention policy: show it, enforce it from cron, legal holds'
complete -c clawctl -n "__fish_clawctl_needs_command" -f -a "health" -d 'Probe the gateway, ops database, state directory, disk and memory'
complete -c clawctl -n "__fish_clawctl_needs_command" -f -a "metrics" -d 'Prometheus metrics from the ops database and the bot\'s files'
complete -c clawctl -n "__fish_clawctl_needs_command" -f -a "db" -d 'The ops database: status, migrations, backup, vacuum, moving to PostgreSQL'
complete -c clawctl -n "__fish_clawctl_needs_command" -f -a "completions" -d 'Generate shell completions'
complete -c clawctl -n "__fish_clawctl_needs_command" -f -a "man" -d 'Generate man pages'
complete -c clawctl -n "__fish_clawctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c clawctl -n "__fish_clawctl_using_subcommand status" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand status" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand status" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand status" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand status" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand status" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand status" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand status" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand status" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand status" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand status" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand status" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand sync" -l pricing -d 'A pricing file for calls the bot recorded no cost for (LiteLLM\'s model_prices_and_context_window.json format accepted). Default: `[cost] pricing` in clawctl\'s config' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand sync" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand sync" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand sync" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand sync" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand sync" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand sync" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand sync" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand sync" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand sync" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand sync" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand sync" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand sync" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -f -a "scan" -d 'Find plaintext secrets in the config, .env, auth profiles, models.json, credentials and backups'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -f -a "migrate" -d 'Move every plaintext secret into the secret backend and leave references behind'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -f -a "rollback" -d 'Put migrated secrets back into the files in plaintext (explicit request only)'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -f -a "resolve" -d 'Answer the bot\'s exec secret-provider protocol (v1) on stdin/stdout'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -f -a "list" -d 'List stored secrets: names, backends, where each is referenced, fingerprints'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -f -a "get" -d 'Show a stored secret\'s fingerprint (the value only with --reveal)'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -f -a "set" -d 'Store a secret, read from a prompt or stdin (never from the command line)'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -f -a "rm" -d 'Remove a stored secret'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -f -a "rotate" -d 'Replace a stored secret\'s value, keeping every reference to it'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -f -a "run" -d 'Resolve ${CLAWCTL_*} references and exec a command with them in its environment'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and not __fish_seen_subcommand_from scan migrate rollback resolve list get set rm rotate run help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l deep -d 'Also search transcripts and logs (people paste keys into chats)'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l check -d 'Exit with code 3 when a movable secret is in plaintext, a backup (or with --deep a transcript or log) holds one, or a permission is wrong. For cron: the bot can write resolved plaintext back into its config, silently undoing a migration'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l fix-perms -d 'Fix file permissions: state dir 0700, secret-bearing files 0600, transcripts not group/world-readable'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from scan" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from scan" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from scan" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from scan" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from scan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from scan" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l style -d 'Reference style. Default: secretref when the bot is new enough (config meta.lastTouchedVersion 2026.2.26 or later, or the SQLite layout), else env' -r -f -a "secretref\t'SecretRef objects through the `clawctl` exec provider (OpenClaw 2026.2.26 and later)'
env\t'`"${CLAWCTL_<NAME>}"` strings, with the bot started through `clawctl secrets run` (every release)'
keyref\t'`<key>Ref: "keychain:<name>"` beside a removed `<key>`'"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l backend -d 'Secret backend. Default: the keychain when a Secret Service answers, else systemd-creds' -r -f -a "keychain\t'The OS keychain: Secret Service (GNOME Keyring, KWallet) on Linux, Keychain on macOS'
systemd-creds\t'Credentials encrypted with the host key or TPM2 by `systemd-creds`, 0600 files under <state>/clawctl/credentials/ (for headless servers)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l dry-run -d 'Show the plan without changing anything'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l scrub-backups -d 'Also move plaintext secrets out of the config\'s .bak files'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rollback" -l backend -d 'Secret backend to read from. Default: the one each secret was stored in' -r -f -a "keychain\t'The OS keychain: Secret Service (GNOME Keyring, KWallet) on Linux, Keychain on macOS'
systemd-creds\t'Credentials encrypted with the host key or TPM2 by `systemd-creds`, 0600 files under <state>/clawctl/credentials/ (for headless servers)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rollback" -l name -d 'Only restore these secrets (repeatable). Default: every reference to a clawctl secret' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rollback" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rollback" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rollback" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rollback" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rollback" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rollback" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rollback" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rollback" -l dry-run -d 'Show the plan without changing anything'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rollback" -l backups -d 'Also restore references in the config\'s .bak files'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rollback" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rollback" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rollback" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rollback" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rollback" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rollback" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from resolve" -l backend -d 'Secret backend to read from. Default: the one each secret was stored in' -r -f -a "keychain\t'The OS keychain: Secret Service (GNOME Keyring, KWallet) on Linux, Keychain on macOS'
systemd-creds\t'Credentials encrypted with the host key or TPM2 by `systemd-creds`, 0600 files under <state>/clawctl/credentials/ (for headless servers)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from resolve" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from resolve" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from resolve" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from resolve" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from resolve" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from resolve" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from resolve" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from resolve" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from resolve" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from resolve" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from resolve" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from resolve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from resolve" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l backend -d 'Only secrets in this backend' -r -f -a "keychain\t'The OS keychain: Secret Service (GNOME Keyring, KWallet) on Linux, Keychain on macOS'
systemd-creds\t'Credentials encrypted with the host key or TPM2 by `systemd-creds`, 0600 files under <state>/clawctl/credentials/ (for headless servers)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from get" -l backend -d 'Secret backend to read from. Default: the one it was stored in' -r -f -a "keychain\t'The OS keychain: Secret Service (GNOME Keyring, KWallet) on Linux, Keychain on macOS'
systemd-creds\t'Credentials encrypted with the host key or TPM2 by `systemd-creds`, 0600 files under <state>/clawctl/credentials/ (for headless servers)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from get" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from get" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from get" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from get" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from get" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from get" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from get" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from get" -l reveal -d 'Print the value itself (recorded in the audit trail)'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from get" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from set" -l backend -d 'Secret backend to write to. Default: the keychain when a Secret Service answers, else systemd-creds' -r -f -a "keychain\t'The OS keychain: Secret Service (GNOME Keyring, KWallet) on Linux, Keychain on macOS'
systemd-creds\t'Credentials encrypted with the host key or TPM2 by `systemd-creds`, 0600 files under <state>/clawctl/credentials/ (for headless servers)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from set" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from set" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from set" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from set" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from set" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from set" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from set" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from set" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rm" -l backend -d 'Secret backend. Default: the one it was stored in' -r -f -a "keychain\t'The OS keychain: Secret Service (GNOME Keyring, KWallet) on Linux, Keychain on macOS'
systemd-creds\t'Credentials encrypted with the host key or TPM2 by `systemd-creds`, 0600 files under <state>/clawctl/credentials/ (for headless servers)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rm" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rm" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rm" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rm" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rm" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rm" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rm" -l dry-run -d 'Show what would be removed without removing it'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rm" -l force -d 'Remove it even though the bot\'s files still reference it (the bot will fail to resolve them)'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rm" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l backend -d 'Secret backend. Default: the one it was stored in' -r -f -a "keychain\t'The OS keychain: Secret Service (GNOME Keyring, KWallet) on Linux, Keychain on macOS'
systemd-creds\t'Credentials encrypted with the host key or TPM2 by `systemd-creds`, 0600 files under <state>/clawctl/credentials/ (for headless servers)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from run" -l backend -d 'Secret backend to read from. Default: the one each secret was stored in' -r -f -a "keychain\t'The OS keychain: Secret Service (GNOME Keyring, KWallet) on Linux, Keychain on macOS'
systemd-creds\t'Credentials encrypted with the host key or TPM2 by `systemd-creds`, 0600 files under <state>/clawctl/credentials/ (for headless servers)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from run" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from run" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from run" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from run" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from run" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from run" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from run" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from run" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from run" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from run" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "scan" -d 'Find plaintext secrets in the config, .env, auth profiles, models.json, credentials and backups'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Move every plaintext secret into the secret backend and leave references behind'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "rollback" -d 'Put migrated secrets back into the files in plaintext (explicit request only)'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "resolve" -d 'Answer the bot\'s exec secret-provider protocol (v1) on stdin/stdout'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "list" -d 'List stored secrets: names, backends, where each is referenced, fingerprints'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a stored secret\'s fingerprint (the value only with --reveal)'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "set" -d 'Store a secret, read from a prompt or stdin (never from the command line)'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove a stored secret'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Replace a stored secret\'s value, keeping every reference to it'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "run" -d 'Resolve ${CLAWCTL_*} references and exec a command with them in its environment'
complete -c clawctl -n "__fish_clawctl_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and not __fish_seen_subcommand_from log query verify failures tail stats help" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and not __fish_seen_subcommand_from log query verify failures tail stats help" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and not __fish_seen_subcommand_from log query verify failures tail stats help" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and not __fish_seen_subcommand_from log query verify failures tail stats help" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and not __fish_seen_subcommand_from log query verify failures tail stats help" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and not __fish_seen_subcommand_from log query verify failures tail stats help" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and not __fish_seen_subcommand_from log query verify failures tail stats help" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and not __fish_seen_subcommand_from log query verify failures tail stats help" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and not __fish_seen_subcommand_from log query verify failures tail stats help" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and not __fish_seen_subcommand_from log query verify failures tail stats help" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and not __fish_seen_subcommand_from log query verify failures tail stats help" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and not __fish_seen_subcommand_from log query verify failures tail stats help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and not __fish_seen_subcommand_from log query verify failures tail stats help" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and not __fish_seen_subcommand_from log query verify failures tail stats help" -f -a "log" -d 'Append an event to the audit trail (for scripts, hooks and the bot side)'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and not __fish_seen_subcommand_from log query verify failures tail stats help" -f -a "query" -d 'Query the audit trail'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and not __fish_seen_subcommand_from log query verify failures tail stats help" -f -a "verify" -d 'Verify the hash chain; name the first row that was edited, deleted, inserted or reordered'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and not __fish_seen_subcommand_from log query verify failures tail stats help" -f -a "failures" -d 'Failed operations that may be an attack, grouped by action and actor'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and not __fish_seen_subcommand_from log query verify failures tail stats help" -f -a "tail" -d 'Show the newest events; with -f keep following new ones'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and not __fish_seen_subcommand_from log query verify failures tail stats help" -f -a "stats" -d 'Events per action, actor and risk over a period'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and not __fish_seen_subcommand_from log query verify failures tail stats help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l action -d 'What was done (`send_message`, `file_delete`, …). Names starting with `audit.` are reserved for clawctl\'s own bookkeeping. The actor is the global --actor (CLAWCTL_ACTOR, default operator:<os-user>@<host>)' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l target -d 'What it was done to' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l result -d 'The result' -r -f -a "success\t''
failed\t''
partial\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l risk -d 'The risk level; high-risk events also go to syslog when `[audit.syslog]` is configured' -r -f -a "low\t''
medium\t''
high\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l meta -d 'Metadata as a JSON object: counts and names, never content or secret values' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from log" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from log" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from log" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l action -d 'Only this action; `*` and `?` make it a glob (`secrets.*`). The global --actor selects an actor the same way' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l target -d 'Only targets matching this glob (`*` any run of characters, `?` one)' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l result -d 'Only this result' -r -f -a "success\t''
failed\t''
partial\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l risk -d 'Only this risk level' -r -f -a "low\t''
medium\t''
high\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l since -d 'Only events at or after this time: dates (2026-11-01), ISO times, or durations back from now (7d, 12h)' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l until -d 'Only events before this time (same forms as --since)' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l limit -d 'At most this many events (the table format shows 1000 unless given)' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l order -d 'Order by time' -r -f -a "asc\t'Oldest first'
desc\t'Newest first'"
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from query" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from query" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from query" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from query" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from query" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l expect-head -d 'Fail unless the trail still contains this head hash saved earlier with --anchor (detects a truncated tail; later events after it are fine)' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l anchor -d 'Print the head hash (after verifying), to keep somewhere else: a later `--expect-head` with it detects a truncated or rewritten trail'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from failures" -l min -d 'Only groups with at least this many failures' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from failures" -l since -d 'Look back this far: dates (2026-11-01), ISO times, or durations back from now (7d, 12h). The global --actor limits it to one actor' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from failures" -l until -d 'Up to this time (same forms as --since; default now)' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from failures" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from failures" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from failures" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from failures" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from failures" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from failures" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from failures" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from failures" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from failures" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from failures" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from failures" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from failures" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from failures" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -s n -l lines -d 'How many recent events to show first' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -l action -d 'Only this action (`*` and `?` make it a glob). The global --actor selects an actor' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -l risk -d 'Only this risk level' -r -f -a "low\t''
medium\t''
high\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -l interval -d 'With -f, how often to look for new events (250ms, 1s, 5s)' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -s f -l follow -d 'Keep following new events as they arrive (JSON output becomes JSON Lines)'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from stats" -l since -d 'Look back this far: dates (2026-11-01), ISO times, or durations back from now (7d, 12h). The global --actor limits it to one actor' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from stats" -l until -d 'Up to this time (same forms as --since; default now)' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from stats" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from stats" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from stats" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from stats" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from stats" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from stats" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from stats" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from stats" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from stats" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from stats" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from stats" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from stats" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "log" -d 'Append an event to the audit trail (for scripts, hooks and the bot side)'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "query" -d 'Query the audit trail'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Verify the hash chain; name the first row that was edited, deleted, inserted or reordered'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "failures" -d 'Failed operations that may be an attack, grouped by action and actor'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "tail" -d 'Show the newest events; with -f keep following new ones'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Events per action, actor and risk over a period'
complete -c clawctl -n "__fish_clawctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and not __fish_seen_subcommand_from report top reprice help" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and not __fish_seen_subcommand_from report top reprice help" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and not __fish_seen_subcommand_from report top reprice help" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and not __fish_seen_subcommand_from report top reprice help" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and not __fish_seen_subcommand_from report top reprice help" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and not __fish_seen_subcommand_from report top reprice help" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and not __fish_seen_subcommand_from report top reprice help" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and not __fish_seen_subcommand_from report top reprice help" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and not __fish_seen_subcommand_from report top reprice help" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and not __fish_seen_subcommand_from report top reprice help" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and not __fish_seen_subcommand_from report top reprice help" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and not __fish_seen_subcommand_from report top reprice help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and not __fish_seen_subcommand_from report top reprice help" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and not __fish_seen_subcommand_from report top reprice help" -f -a "report" -d 'Cost attribution report: requests, tokens, cost and share, grouped'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and not __fish_seen_subcommand_from report top reprice help" -f -a "top" -d 'The most expensive sessions or single turns (\\"what was that $5 turn\\")'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and not __fish_seen_subcommand_from report top reprice help" -f -a "reprice" -d 'Re-estimate costs of rows without a recorded cost, after a price change'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and not __fish_seen_subcommand_from report top reprice help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from report" -l by -d 'Group by task_type, model, provider, session, user, channel, agent, day, week or month. Repeat (or separate with commas) to nest: `--by day --by model`' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from report" -l top -d 'Only the N most expensive groups; the rest are summed as `(other)`' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from report" -l since -d 'Only calls at or after this time: dates (2026-11-01), ISO times, or durations back from now (7d, 12h)' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from report" -l until -d 'Only calls before this time (a date includes that whole day)' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from report" -l tz -d 'Time zone for day/week/month buckets and dates (IANA name). Default: local' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from report" -l agent -d 'Only this agent' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from report" -l user -d 'Only this person (peer id or identityLinks name)' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from report" -l pricing -d 'A pricing file (LiteLLM model_prices_and_context_window.json format accepted) for calls the bot recorded no cost for; also prices earlier calls that had no known price' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from report" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from report" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from report" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from report" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from report" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from report" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from report" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from report" -l no-sync -d 'Do not sync new transcript entries first'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from report" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from report" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from report" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from report" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from report" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from top" -l what -d 'Rank turns (a user message and every call answering it), sessions, or single calls' -r -f -a "turns\t'A user message and all calls answering it'
sessions\t''
calls\t'Single model calls'"
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from top" -l top -d 'How many to show' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from top" -l since -d 'Only calls at or after this time: dates (2026-11-01), ISO times, or durations back from now (7d, 12h)' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from top" -l until -d 'Only calls before this time (a date includes that whole day)' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from top" -l tz -d 'Time zone for dates and the times shown (IANA name). Default: local' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from top" -l agent -d 'Only this agent' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from top" -l user -d 'Only this person (peer id or identityLinks name)' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from top" -l pricing -d 'A pricing file (LiteLLM model_prices_and_context_window.json format accepted) for calls the bot recorded no cost for' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from top" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from top" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from top" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from top" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from top" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from top" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from top" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from top" -l no-sync -d 'Do not sync new transcript entries first'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from top" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from top" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from top" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from top" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from top" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from reprice" -l pricing -d 'A pricing file (LiteLLM model_prices_and_context_window.json format accepted)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from reprice" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from reprice" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from reprice" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from reprice" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from reprice" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from reprice" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from reprice" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from reprice" -l dry-run -d 'Show what would change without writing'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from reprice" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from reprice" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from reprice" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from reprice" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from reprice" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from reprice" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from help" -f -a "report" -d 'Cost attribution report: requests, tokens, cost and share, grouped'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from help" -f -a "top" -d 'The most expensive sessions or single turns (\\"what was that $5 turn\\")'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from help" -f -a "reprice" -d 'Re-estimate costs of rows without a recorded cost, after a price change'
complete -c clawctl -n "__fish_clawctl_using_subcommand cost; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and not __fish_seen_subcommand_from set list status estimate check help" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and not __fish_seen_subcommand_from set list status estimate check help" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and not __fish_seen_subcommand_from set list status estimate check help" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and not __fish_seen_subcommand_from set list status estimate check help" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and not __fish_seen_subcommand_from set list status estimate check help" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and not __fish_seen_subcommand_from set list status estimate check help" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and not __fish_seen_subcommand_from set list status estimate check help" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and not __fish_seen_subcommand_from set list status estimate check help" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and not __fish_seen_subcommand_from set list status estimate check help" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and not __fish_seen_subcommand_from set list status estimate check help" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and not __fish_seen_subcommand_from set list status estimate check help" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and not __fish_seen_subcommand_from set list status estimate check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and not __fish_seen_subcommand_from set list status estimate check help" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and not __fish_seen_subcommand_from set list status estimate check help" -f -a "set" -d 'Set a daily or monthly spending limit in USD'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and not __fish_seen_subcommand_from set list status estimate check help" -f -a "list" -d 'List budgets'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and not __fish_seen_subcommand_from set list status estimate check help" -f -a "status" -d 'Spent, limit, remaining and projected end-of-period spend for each budget'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and not __fish_seen_subcommand_from set list status estimate check help" -f -a "estimate" -d 'Estimate the cost of the next turn and whether it would exceed a budget (exit 4 if so)'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and not __fish_seen_subcommand_from set list status estimate check help" -f -a "check" -d 'For cron: exit 3 and name each budget above the threshold'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and not __fish_seen_subcommand_from set list status estimate check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from set" -l daily -d 'Daily limit in USD' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from set" -l monthly -d 'Monthly limit in USD' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from set" -l user -d 'Budget for one person: a peer id (telegram:123456789, +15551234567) or an identityLinks name, which covers all of that person\'s ids' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from set" -l session -d 'Budget for one session key' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from set" -l agent -d 'Budget for one agent' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from set" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from set" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from set" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from set" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from set" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from set" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from set" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from set" -l global -d 'Budget for the whole installation (the default)'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from set" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from list" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from list" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from list" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from list" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from list" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from status" -l tz -d 'Time zone for day and month boundaries (IANA name). Default: local' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from status" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from status" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from status" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from status" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from status" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from status" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from status" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from status" -l no-sync -d 'Do not sync new transcript entries first'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from status" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from estimate" -l session -d 'The session the turn would run in (session key or session id)' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from estimate" -l user -d 'The person sending it (peer id or identityLinks name): their latest session is used' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from estimate" -l message -d 'The new message text' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from estimate" -l file -d 'Read the new message from a file (- for stdin)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from estimate" -l model -d 'The model to price, as provider/model or model (default: the session\'s last model, then the bot\'s default model)' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from estimate" -l tz -d 'Time zone for day and month budget boundaries (IANA name). Default: local' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from estimate" -l pricing -d 'A pricing file (LiteLLM model_prices_and_context_window.json format accepted)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from estimate" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from estimate" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from estimate" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from estimate" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from estimate" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from estimate" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from estimate" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from estimate" -l no-sync -d 'Do not sync new transcript entries first'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from estimate" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from estimate" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from estimate" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from estimate" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from estimate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from estimate" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from check" -l threshold -d 'Warn at this share of a budget, in percent' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from check" -l tz -d 'Time zone for day and month boundaries (IANA name). Default: local' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from check" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from check" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from check" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from check" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from check" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from check" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from check" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from check" -l no-sync -d 'Do not sync new transcript entries first'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from check" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a daily or monthly spending limit in USD'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from help" -f -a "list" -d 'List budgets'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from help" -f -a "status" -d 'Spent, limit, remaining and projected end-of-period spend for each budget'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from help" -f -a "estimate" -d 'Estimate the cost of the next turn and whether it would exceed a budget (exit 4 if so)'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from help" -f -a "check" -d 'For cron: exit 3 and name each budget above the threshold'
complete -c clawctl -n "__fish_clawctl_using_subcommand budget; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and not __fish_seen_subcommand_from list show export purge help" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and not __fish_seen_subcommand_from list show export purge help" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and not __fish_seen_subcommand_from list show export purge help" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and not __fish_seen_subcommand_from list show export purge help" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and not __fish_seen_subcommand_from list show export purge help" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and not __fish_seen_subcommand_from list show export purge help" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and not __fish_seen_subcommand_from list show export purge help" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and not __fish_seen_subcommand_from list show export purge help" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and not __fish_seen_subcommand_from list show export purge help" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and not __fish_seen_subcommand_from list show export purge help" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and not __fish_seen_subcommand_from list show export purge help" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and not __fish_seen_subcommand_from list show export purge help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and not __fish_seen_subcommand_from list show export purge help" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and not __fish_seen_subcommand_from list show export purge help" -f -a "list" -d 'Everyone clawctl can find: ids, channels, sessions, messages, media, cost'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and not __fish_seen_subcommand_from list show export purge help" -f -a "show" -d 'One person in detail, and where each piece of their data lives'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and not __fish_seen_subcommand_from list show export purge help" -f -a "export" -d 'Export everything about one person (GDPR Art. 15/20) as a zip or JSON'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and not __fish_seen_subcommand_from list show export purge help" -f -a "purge" -d 'Erase one person everywhere clawctl can reach (GDPR Art. 17)'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and not __fish_seen_subcommand_from list show export purge help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from list" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from list" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from list" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from list" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from list" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from list" -l no-sync -d 'Do not sync new transcript entries first'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from show" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from show" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from show" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from show" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from show" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from show" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from show" -l no-sync -d 'Do not sync new transcript entries first'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from export" -s o -l output -d 'Where to write the archive' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from export" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from export" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from export" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from export" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from export" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from export" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from export" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from export" -l force -d 'Overwrite an existing output file'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from export" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from purge" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from purge" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from purge" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from purge" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from purge" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from purge" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from purge" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from purge" -l dry-run -d 'List exactly what would be removed (files, rows, bytes) and change nothing'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from purge" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from purge" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from purge" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from purge" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from purge" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'Everyone clawctl can find: ids, channels, sessions, messages, media, cost'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'One person in detail, and where each piece of their data lives'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export everything about one person (GDPR Art. 15/20) as a zip or JSON'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "purge" -d 'Erase one person everywhere clawctl can reach (GDPR Art. 17)'
complete -c clawctl -n "__fish_clawctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and not __fish_seen_subcommand_from show enforce hold release help" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and not __fish_seen_subcommand_from show enforce hold release help" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and not __fish_seen_subcommand_from show enforce hold release help" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and not __fish_seen_subcommand_from show enforce hold release help" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and not __fish_seen_subcommand_from show enforce hold release help" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and not __fish_seen_subcommand_from show enforce hold release help" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and not __fish_seen_subcommand_from show enforce hold release help" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and not __fish_seen_subcommand_from show enforce hold release help" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and not __fish_seen_subcommand_from show enforce hold release help" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and not __fish_seen_subcommand_from show enforce hold release help" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and not __fish_seen_subcommand_from show enforce hold release help" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and not __fish_seen_subcommand_from show enforce hold release help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and not __fish_seen_subcommand_from show enforce hold release help" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and not __fish_seen_subcommand_from show enforce hold release help" -f -a "show" -d 'The effective policy and what it would remove right now'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and not __fish_seen_subcommand_from show enforce hold release help" -f -a "enforce" -d 'Apply the retention policy (safe from cron while the bot runs)'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and not __fish_seen_subcommand_from show enforce hold release help" -f -a "hold" -d 'Place a legal hold: exempt a person\'s or a session\'s data from every rule'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and not __fish_seen_subcommand_from show enforce hold release help" -f -a "release" -d 'Release a legal hold'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and not __fish_seen_subcommand_from show enforce hold release help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from show" -l policy -d 'A policy file (TOML: a `[retention]` table, or its rule tables at top level) instead of the `[retention]` table of clawctl\'s config file' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from show" -l now -d 'Evaluate the policy as of this time instead of now (RFC 3339 such as 2026-11-20T12:00:00+01:00, a date, or Unix milliseconds). `enforce` refuses a future time' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from show" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from show" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from show" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from show" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from show" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from show" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from enforce" -l max-runtime -d 'Stop cleanly between batches after this long (e.g. 90s, 10m, 1h); the next run continues' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from enforce" -l policy -d 'A policy file (TOML: a `[retention]` table, or its rule tables at top level) instead of the `[retention]` table of clawctl\'s config file' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from enforce" -l now -d 'Evaluate the policy as of this time instead of now (RFC 3339 such as 2026-11-20T12:00:00+01:00, a date, or Unix milliseconds). `enforce` refuses a future time' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from enforce" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from enforce" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from enforce" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from enforce" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from enforce" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from enforce" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from enforce" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from enforce" -l dry-run -d 'Show what would be removed, file by file, without removing anything'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from enforce" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from enforce" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from enforce" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from enforce" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from enforce" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from enforce" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from hold" -l user -d 'Hold everything of this person: a peer id (telegram:123456789, +15551234567) or a session.identityLinks name (all of its linked ids are held)' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from hold" -l session -d 'Hold everything of this session: a session key (agent:main:telegram:dm:123) or session id' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from hold" -l reason -d 'Why (recorded with the hold and in the audit trail), e.g. a case number' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from hold" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from hold" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from hold" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from hold" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from hold" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from hold" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from hold" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from hold" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from hold" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from hold" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from hold" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from hold" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from hold" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from release" -l user -d 'Release the hold on this person (any of their linked ids, or the identityLinks name)' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from release" -l session -d 'Release the hold on this session key or session id' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from release" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from release" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from release" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from release" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from release" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from release" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from release" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from release" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from release" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from release" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from release" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from release" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from release" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from help" -f -a "show" -d 'The effective policy and what it would remove right now'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from help" -f -a "enforce" -d 'Apply the retention policy (safe from cron while the bot runs)'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from help" -f -a "hold" -d 'Place a legal hold: exempt a person\'s or a session\'s data from every rule'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from help" -f -a "release" -d 'Release a legal hold'
complete -c clawctl -n "__fish_clawctl_using_subcommand retention; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l gateway-url -d 'Gateway base URL. Default: http://127.0.0.1:<port> with the port from OPENCLAW_GATEWAY_PORT, then the config\'s gateway.port, then 18789' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l timeout -d 'Timeout for each network probe [default: 3s, or `timeout` in [health]]' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l disk-warn -d 'Warn when free disk space drops below this: a percentage (10%) or a size (5GiB) [default: 10%]' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l disk-critical -d 'Critical when free disk space drops below this [default: 5%]' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l inodes-warn -d 'Warn when free inodes drop below this: a percentage or a count [default: 10%]' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l inodes-critical -d 'Critical when free inodes drop below this [default: 5%]' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l memory-warn -d 'Warn when available memory drops below this: a percentage or a size [default: 10%]' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l memory-critical -d 'Critical when available memory drops below this [default: 5%]' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l lag-warn -d 'Warn when sync lags the transcripts by more than this many bytes [default: 64MiB]' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l lag-critical -d 'Critical when sync lags by more than this many bytes [default: never]' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l output -d 'Write the result to this file atomically instead of stdout (with --format prometheus, for the node_exporter textfile collector)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l watch -d 'Repeat every interval (e.g. 30s) until interrupted' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l channels -d 'Also check each configured channel\'s API (Telegram getMe, Discord users/@me, Slack auth.test, …). Base URLs: CLAWCTL_<CHANNEL>_API_BASE or [health.api_base]'
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l providers -d 'Also check each configured model provider\'s API (lists models; spends no tokens)'
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l deep -d 'Add slow checks (PRAGMA quick_check on the ops database)'
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l nagios -d 'One Nagios plugin line (`CLAWCTL OK - … | perfdata`) and exit 0/1/2/3 (OK/WARNING/CRITICAL/UNKNOWN)'
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand health" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and not __fish_seen_subcommand_from serve help" -l tz -d 'Time zone for the day and month boundaries of budget usage (IANA name). Default: local' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and not __fish_seen_subcommand_from serve help" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and not __fish_seen_subcommand_from serve help" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and not __fish_seen_subcommand_from serve help" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and not __fish_seen_subcommand_from serve help" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and not __fish_seen_subcommand_from serve help" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and not __fish_seen_subcommand_from serve help" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and not __fish_seen_subcommand_from serve help" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and not __fish_seen_subcommand_from serve help" -l no-sync -d 'Do not sync new transcript entries first'
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and not __fish_seen_subcommand_from serve help" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and not __fish_seen_subcommand_from serve help" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and not __fish_seen_subcommand_from serve help" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and not __fish_seen_subcommand_from serve help" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and not __fish_seen_subcommand_from serve help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and not __fish_seen_subcommand_from serve help" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and not __fish_seen_subcommand_from serve help" -f -a "serve" -d 'Serve /metrics and /health over HTTP for Prometheus and uptime monitors'
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and not __fish_seen_subcommand_from serve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l listen -d 'Address to listen on (port 0 picks a free port; the address is printed on stderr)' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l tz -d 'Time zone for the day and month boundaries of budget usage (IANA name). Default: local' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l sync-interval -d 'How often to sync new transcript entries into the ops database in the background (`30s`, `5m`); the first sync runs before serving' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l gateway-url -d 'Gateway base URL. Default: http://127.0.0.1:<port> with the port from OPENCLAW_GATEWAY_PORT, then the config\'s gateway.port, then 18789' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l timeout -d 'Timeout for each network probe [default: 3s, or `timeout` in [health]]' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l disk-warn -d 'Warn when free disk space drops below this: a percentage (10%) or a size (5GiB) [default: 10%]' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l disk-critical -d 'Critical when free disk space drops below this [default: 5%]' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l inodes-warn -d 'Warn when free inodes drop below this: a percentage or a count [default: 10%]' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l inodes-critical -d 'Critical when free inodes drop below this [default: 5%]' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l memory-warn -d 'Warn when available memory drops below this: a percentage or a size [default: 10%]' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l memory-critical -d 'Critical when available memory drops below this [default: 5%]' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l lag-warn -d 'Warn when sync lags the transcripts by more than this many bytes [default: 64MiB]' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l lag-critical -d 'Critical when sync lags by more than this many bytes [default: never]' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l no-sync -d 'Serve what the ops database holds; never sync (another job does)'
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l channels -d 'Also check each configured channel\'s API (Telegram getMe, Discord users/@me, Slack auth.test, …). Base URLs: CLAWCTL_<CHANNEL>_API_BASE or [health.api_base]'
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l providers -d 'Also check each configured model provider\'s API (lists models; spends no tokens)'
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l deep -d 'Add slow checks (PRAGMA quick_check on the ops database)'
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve /metrics and /health over HTTP for Prometheus and uptime monitors'
complete -c clawctl -n "__fish_clawctl_using_subcommand metrics; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate migrate-to backup vacuum help" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate migrate-to backup vacuum help" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate migrate-to backup vacuum help" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate migrate-to backup vacuum help" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate migrate-to backup vacuum help" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate migrate-to backup vacuum help" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate migrate-to backup vacuum help" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate migrate-to backup vacuum help" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate migrate-to backup vacuum help" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate migrate-to backup vacuum help" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate migrate-to backup vacuum help" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate migrate-to backup vacuum help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate migrate-to backup vacuum help" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate migrate-to backup vacuum help" -f -a "status" -d 'Backend, schema version, size and row counts of the ops database'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate migrate-to backup vacuum help" -f -a "migrate" -d 'Apply pending schema migrations to the ops database'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate migrate-to backup vacuum help" -f -a "migrate-to" -d 'Copy the SQLite ops database into PostgreSQL (resumable, verified)'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate migrate-to backup vacuum help" -f -a "backup" -d 'Write a consistent copy of the ops database (SQLite online backup)'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate migrate-to backup vacuum help" -f -a "vacuum" -d 'Reclaim space in the ops database'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and not __fish_seen_subcommand_from status migrate migrate-to backup vacuum help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from status" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from status" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from status" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from status" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from status" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from status" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from status" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from status" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate-to" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate-to" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate-to" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate-to" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate-to" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate-to" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate-to" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate-to" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate-to" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate-to" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate-to" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate-to" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from migrate-to" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l force -d 'Overwrite an existing backup file'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from vacuum" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from vacuum" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from vacuum" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from vacuum" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from vacuum" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from vacuum" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from vacuum" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from vacuum" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from vacuum" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from vacuum" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from vacuum" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from vacuum" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from vacuum" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "status" -d 'Backend, schema version, size and row counts of the ops database'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Apply pending schema migrations to the ops database'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "migrate-to" -d 'Copy the SQLite ops database into PostgreSQL (resumable, verified)'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Write a consistent copy of the ops database (SQLite online backup)'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "vacuum" -d 'Reclaim space in the ops database'
complete -c clawctl -n "__fish_clawctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c clawctl -n "__fish_clawctl_using_subcommand completions" -l out-dir -d 'Write completions for every supported shell into this directory instead' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand completions" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand completions" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand completions" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand completions" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand completions" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand completions" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand completions" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand completions" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand completions" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand completions" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand man" -l out-dir -d 'Write one page per command into this directory (default: print clawctl(1) to stdout)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand man" -l state-dir -d 'The bot\'s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand man" -l config -d 'The bot\'s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir' -r -F
complete -c clawctl -n "__fish_clawctl_using_subcommand man" -l profile -d 'The bot\'s profile: the state directory becomes ~/.openclaw-NAME' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand man" -l db -d 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl\'s config file, then <state>/clawctl/ops.db' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand man" -l format -d 'Output format' -r -f -a "table\t'Human-readable table fitted to the terminal width'
json\t'One JSON document'
jsonl\t'One JSON object per line (streams well into log shippers)'
csv\t'Comma-separated values with a header row'
prometheus\t'Prometheus text exposition (health and metrics only)'
zip\t'A zip archive (user export only, its default)'"
complete -c clawctl -n "__fish_clawctl_using_subcommand man" -l color -d 'When to use colour: auto (terminal and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c clawctl -n "__fish_clawctl_using_subcommand man" -l actor -d 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead' -r
complete -c clawctl -n "__fish_clawctl_using_subcommand man" -l json -d 'Shorthand for --format json'
complete -c clawctl -n "__fish_clawctl_using_subcommand man" -s q -l quiet -d 'Print nothing on success (errors still go to stderr); no progress bars'
complete -c clawctl -n "__fish_clawctl_using_subcommand man" -s v -l verbose -d 'Say more about what is happening (on stderr). Repeat for more'
complete -c clawctl -n "__fish_clawctl_using_subcommand man" -s y -l yes -d 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
complete -c clawctl -n "__fish_clawctl_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c clawctl -n "__fish_clawctl_using_subcommand man" -s V -l version -d 'Print version'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and not __fish_seen_subcommand_from status sync secrets audit cost budget user retention health metrics db completions man help" -f -a "status" -d 'Show what clawctl found: state dir, layout, config, agents, sessions, transcripts, media, ops database'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and not __fish_seen_subcommand_from status sync secrets audit cost budget user retention health metrics db completions man help" -f -a "sync" -d 'Ingest new transcript entries into the ops database (incremental, idempotent)'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and not __fish_seen_subcommand_from status sync secrets audit cost budget user retention health metrics db completions man help" -f -a "secrets" -d 'Find plaintext secrets, move them into the OS keychain, resolve them for the bot'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and not __fish_seen_subcommand_from status sync secrets audit cost budget user retention health metrics db completions man help" -f -a "audit" -d 'Record, query and verify the tamper-evident audit trail'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and not __fish_seen_subcommand_from status sync secrets audit cost budget user retention health metrics db completions man help" -f -a "cost" -d 'Where the money went: cost attribution reports from the bot\'s transcripts'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and not __fish_seen_subcommand_from status sync secrets audit cost budget user retention health metrics db completions man help" -f -a "budget" -d 'Daily and monthly spending limits, and estimates before an expensive turn'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and not __fish_seen_subcommand_from status sync secrets audit cost budget user retention health metrics db completions man help" -f -a "user" -d 'People the bot talks to: list, show, GDPR export and erasure'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and not __fish_seen_subcommand_from status sync secrets audit cost budget user retention health metrics db completions man help" -f -a "retention" -d 'Data retention policy: show it, enforce it from cron, legal holds'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and not __fish_seen_subcommand_from status sync secrets audit cost budget user retention health metrics db completions man help" -f -a "health" -d 'Probe the gateway, ops database, state directory, disk and memory'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and not __fish_seen_subcommand_from status sync secrets audit cost budget user retention health metrics db completions man help" -f -a "metrics" -d 'Prometheus metrics from the ops database and the bot\'s files'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and not __fish_seen_subcommand_from status sync secrets audit cost budget user retention health metrics db completions man help" -f -a "db" -d 'The ops database: status, migrations, backup, vacuum, moving to PostgreSQL'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and not __fish_seen_subcommand_from status sync secrets audit cost budget user retention health metrics db completions man help" -f -a "completions" -d 'Generate shell completions'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and not __fish_seen_subcommand_from status sync secrets audit cost budget user retention health metrics db completions man help" -f -a "man" -d 'Generate man pages'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and not __fish_seen_subcommand_from status sync secrets audit cost budget user retention health metrics db completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "scan" -d 'Find plaintext secrets in the config, .env, auth profiles, models.json, credentials and backups'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "migrate" -d 'Move every plaintext secret into the secret backend and leave references behind'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "rollback" -d 'Put migrated secrets back into the files in plaintext (explicit request only)'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "resolve" -d 'Answer the bot\'s exec secret-provider protocol (v1) on stdin/stdout'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "list" -d 'List stored secrets: names, backends, where each is referenced, fingerprints'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "get" -d 'Show a stored secret\'s fingerprint (the value only with --reveal)'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "set" -d 'Store a secret, read from a prompt or stdin (never from the command line)'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "rm" -d 'Remove a stored secret'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "rotate" -d 'Replace a stored secret\'s value, keeping every reference to it'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from secrets" -f -a "run" -d 'Resolve ${CLAWCTL_*} references and exec a command with them in its environment'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "log" -d 'Append an event to the audit trail (for scripts, hooks and the bot side)'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "query" -d 'Query the audit trail'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Verify the hash chain; name the first row that was edited, deleted, inserted or reordered'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "failures" -d 'Failed operations that may be an attack, grouped by action and actor'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "tail" -d 'Show the newest events; with -f keep following new ones'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "stats" -d 'Events per action, actor and risk over a period'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from cost" -f -a "report" -d 'Cost attribution report: requests, tokens, cost and share, grouped'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from cost" -f -a "top" -d 'The most expensive sessions or single turns (\\"what was that $5 turn\\")'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from cost" -f -a "reprice" -d 'Re-estimate costs of rows without a recorded cost, after a price change'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from budget" -f -a "set" -d 'Set a daily or monthly spending limit in USD'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from budget" -f -a "list" -d 'List budgets'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from budget" -f -a "status" -d 'Spent, limit, remaining and projected end-of-period spend for each budget'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from budget" -f -a "estimate" -d 'Estimate the cost of the next turn and whether it would exceed a budget (exit 4 if so)'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from budget" -f -a "check" -d 'For cron: exit 3 and name each budget above the threshold'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'Everyone clawctl can find: ids, channels, sessions, messages, media, cost'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'One person in detail, and where each piece of their data lives'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "export" -d 'Export everything about one person (GDPR Art. 15/20) as a zip or JSON'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "purge" -d 'Erase one person everywhere clawctl can reach (GDPR Art. 17)'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from retention" -f -a "show" -d 'The effective policy and what it would remove right now'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from retention" -f -a "enforce" -d 'Apply the retention policy (safe from cron while the bot runs)'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from retention" -f -a "hold" -d 'Place a legal hold: exempt a person\'s or a session\'s data from every rule'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from retention" -f -a "release" -d 'Release a legal hold'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from metrics" -f -a "serve" -d 'Serve /metrics and /health over HTTP for Prometheus and uptime monitors'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "status" -d 'Backend, schema version, size and row counts of the ops database'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "migrate" -d 'Apply pending schema migrations to the ops database'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "migrate-to" -d 'Copy the SQLite ops database into PostgreSQL (resumable, verified)'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "backup" -d 'Write a consistent copy of the ops database (SQLite online backup)'
complete -c clawctl -n "__fish_clawctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "vacuum" -d 'Reclaim space in the ops database'
