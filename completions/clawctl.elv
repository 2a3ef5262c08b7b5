
use builtin;
use str;

set edit:completion:arg-completer[clawctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'clawctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'clawctl'= {
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Show what clawctl found: state dir, layout, config, agents, sessions, transcripts, media, ops database'
            cand sync 'Ingest new transcript entries into the ops database (incremental, idempotent)'
            cand secrets 'Find plaintext secrets, move them into the OS keychain, resolve them for the bot'
            cand audit 'Record, query and verify the tamper-evident audit trail'
            cand cost 'Where the money went: cost attribution reports from the bot''s transcripts'
            cand budget 'Daily and monthly spending limits, and estimates before an expensive turn'
            cand user 'People the bot talks to: list, show, GDPR export and erasure'
            cand retention 'Data retention policy: show it, enforce it from cron, legal holds'
            cand health 'Probe the gateway, ops database, state directory, disk and memory'
            cand metrics 'Prometheus metrics from the ops database and the bot''s files'
            cand db 'The ops database: status, migrations, backup, vacuum, moving to PostgreSQL'
            cand completions 'Generate shell completions'
            cand man 'Generate man pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'clawctl;status'= {
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;sync'= {
            cand --pricing 'A pricing file for calls the bot recorded no cost for (LiteLLM''s model_prices_and_context_window.json format accepted). Default: `[cost] pricing` in clawctl''s config'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;secrets'= {
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand scan 'Find plaintext secrets in the config, .env, auth profiles, models.json, credentials and backups'
            cand migrate 'Move every plaintext secret into the secret backend and leave references behind'
            cand rollback 'Put migrated secrets back into the files in plaintext (explicit request only)'
            cand resolve 'Answer the bot''s exec secret-provider protocol (v1) on stdin/stdout'
            cand list 'List stored secrets: names, backends, where each is referenced, fingerprints'
            cand get 'Show a stored secret''s fingerprint (the value only with --reveal)'
            cand set 'Store a secret, read from a prompt or stdin (never from the command line)'
            cand rm 'Remove a stored secret'
            cand rotate 'Replace a stored secret''s value, keeping every reference to it'
            cand run 'Resolve ${CLAWCTL_*} references and exec a command with them in its environment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'clawctl;secrets;scan'= {
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --deep 'Also search transcripts and logs (people paste keys into chats)'
            cand --check 'Exit with code 3 when a movable secret is in plaintext, a backup (or with --deep a transcript or log) holds one, or a permission is wrong. For cron: the bot can write resolved plaintext back into its config, silently undoing a migration'
            cand --fix-perms 'Fix file permissions: state dir 0700, secret-bearing files 0600, transcripts not group/world-readable'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;secrets;migrate'= {
            cand --style 'Reference style. Default: secretref when the bot is new enough (config meta.lastTouchedVersion 2026.2.26 or later, or the SQLite layout), else env'
            cand --backend 'Secret backend. Default: the keychain when a Secret Service answers, else systemd-creds'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --dry-run 'Show the plan without changing anything'
            cand --scrub-backups 'Also move plaintext secrets out of the config''s .bak files'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;secrets;rollback'= {
            cand --backend 'Secret backend to read from. Default: the one each secret was stored in'
            cand --name 'Only restore these secrets (repeatable). Default: every reference to a clawctl secret'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --dry-run 'Show the plan without changing anything'
            cand --backups 'Also restore references in the config''s .bak files'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;secrets;resolve'= {
            cand --backend 'Secret backend to read from. Default: the one each secret was stored in'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;secrets;list'= {
            cand --backend 'Only secrets in this backend'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;secrets;get'= {
            cand --backend 'Secret backend to read from. Default: the one it was stored in'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --reveal 'Print the value itself (recorded in the audit trail)'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;secrets;set'= {
            cand --backend 'Secret backend to write to. Default: the keychain when a Secret Service answers, else systemd-creds'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;secrets;rm'= {
            cand --backend 'Secret backend. Default: the one it was stored in'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --dry-run 'Show what would be removed without removing it'
            cand --force 'Remove it even though the bot''s files still reference it (the bot will fail to resolve them)'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;secrets;rotate'= {
            cand --backend 'Secret backend. Default: the one it was stored in'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;secrets;run'= {
            cand --backend 'Secret backend to read from. Default: the one each secret was stored in'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;secrets;help'= {
            cand scan 'Find plaintext secrets in the config, .env, auth profiles, models.json, credentials and backups'
            cand migrate 'Move every plaintext secret into the secret backend and leave references behind'
            cand rollback 'Put migrated secrets back into the files in plaintext (explicit request only)'
            cand resolve 'Answer the bot''s exec secret-provider protocol (v1) on stdin/stdout'
            cand list 'List stored secrets: names, backends, where each is referenced, fingerprints'
            cand get 'Show a stored secret''s fingerprint (the value only with --reveal)'
            cand set 'Store a secret, read from a prompt or stdin (never from the command line)'
            cand rm 'Remove a stored secret'
            cand rotate 'Replace a stored secret''s value, keeping every reference to it'
            cand run 'Resolve ${CLAWCTL_*} references and exec a command with them in its environment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'clawctl;secrets;help;scan'= {
        }
        &'clawctl;secrets;help;migrate'= {
        }
        &'clawctl;secrets;help;rollback'= {
        }
        &'clawctl;secrets;help;resolve'= {
        }
        &'clawctl;secrets;help;list'= {
        }
        &'clawctl;secrets;help;get'= {
        }
        &'clawctl;secrets;help;set'= {
        }
        &'clawctl;secrets;help;rm'= {
        }
        &'clawctl;secrets;help;rotate'= {
        }
        &'clawctl;secrets;help;run'= {
        }
        &'clawctl;secrets;help;help'= {
        }
        &'clawctl;audit'= {
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand log 'Append an event to the audit trail (for scripts, hooks and the bot side)'
            cand query 'Query the audit trail'
            cand verify 'Verify the hash chain; name the first row that was edited, deleted, inserted or reordered'
            cand failures 'Failed operations that may be an attack, grouped by action and actor'
            cand tail 'Show the newest events; with -f keep following new ones'
            cand stats 'Events per action, actor and risk over a period'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'clawctl;audit;log'= {
            cand --action 'What was done (`send_message`, `file_delete`, …). Names starting with `audit.` are reserved for clawctl''s own bookkeeping. The actor is the global --actor (CLAWCTL_ACTOR, default operator:<os-user>@<host>)'
            cand --target 'What it was done to'
            cand --result 'The result'
            cand --risk 'The risk level; high-risk events also go to syslog when `[audit.syslog]` is configured'
            cand --meta 'Metadata as a JSON object: counts and names, never content or secret values'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;audit;query'= {
            cand --action 'Only this action; `*` and `?` make it a glob (`secrets.*`). The global --actor selects an actor the same way'
            cand --target 'Only targets matching this glob (`*` any run of characters, `?` one)'
            cand --result 'Only this result'
            cand --risk 'Only this risk level'
            cand --since 'Only events at or after this time: dates (2026-11-01), ISO times, or durations back from now (7d, 12h)'
            cand --until 'Only events before this time (same forms as --since)'
            cand --limit 'At most this many events (the table format shows 1000 unless given)'
            cand --order 'Order by time'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;audit;verify'= {
            cand --expect-head 'Fail unless the trail still contains this head hash saved earlier with --anchor (detects a truncated tail; later events after it are fine)'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --anchor 'Print the head hash (after verifying), to keep somewhere else: a later `--expect-head` with it detects a truncated or rewritten trail'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;audit;failures'= {
            cand --min 'Only groups with at least this many failures'
            cand --since 'Look back this far: dates (2026-11-01), ISO times, or durations back from now (7d, 12h). The global --actor limits it to one actor'
            cand --until 'Up to this time (same forms as --since; default now)'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;audit;tail'= {
            cand -n 'How many recent events to show first'
            cand --lines 'How many recent events to show first'
            cand --action 'Only this action (`*` and `?` make it a glob). The global --actor selects an actor'
            cand --risk 'Only this risk level'
            cand --interval 'With -f, how often to look for new events (250ms, 1s, 5s)'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand -f 'Keep following new events as they arrive (JSON output becomes JSON Lines)'
            cand --follow 'Keep following new events as they arrive (JSON output becomes JSON Lines)'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;audit;stats'= {
            cand --since 'Look back this far: dates (2026-11-01), ISO times, or durations back from now (7d, 12h). The global --actor limits it to one actor'
            cand --until 'Up to this time (same forms as --since; default now)'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;audit;help'= {
            cand log 'Append an event to the audit trail (for scripts, hooks and the bot side)'
            cand query 'Query the audit trail'
            cand verify 'Verify the hash chain; name the first row that was edited, deleted, inserted or reordered'
            cand failures 'Failed operations that may be an attack, grouped by action and actor'
            cand tail 'Show the newest events; with -f keep following new ones'
            cand stats 'Events per action, actor and risk over a period'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'clawctl;audit;help;log'= {
        }
        &'clawctl;audit;help;query'= {
        }
        &'clawctl;audit;help;verify'= {
        }
        &'clawctl;audit;help;failures'= {
        }
        &'clawctl;audit;help;tail'= {
        }
        &'clawctl;audit;help;stats'= {
        }
        &'clawctl;audit;help;help'= {
        }
        &'clawctl;cost'= {
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand report 'Cost attribution report: requests, tokens, cost and share, grouped'
            cand top 'The most expensive sessions or single turns (\"what was that $5 turn\")'
            cand reprice 'Re-estimate costs of rows without a recorded cost, after a price change'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'clawctl;cost;report'= {
            cand --by 'Group by task_type, model, provider, session, user, channel, agent, day, week or month. Repeat (or separate with commas) to nest: `--by day --by model`'
            cand --top 'Only the N most expensive groups; the rest are summed as `(other)`'
            cand --since 'Only calls at or after this time: dates (2026-11-01), ISO times, or durations back from now (7d, 12h)'
            cand --until 'Only calls before this time (a date includes that whole day)'
            cand --tz 'Time zone for day/week/month buckets and dates (IANA name). Default: local'
            cand --agent 'Only this agent'
            cand --user 'Only this person (peer id or identityLinks name)'
            cand --pricing 'A pricing file (LiteLLM model_prices_and_context_window.json format accepted) for calls the bot recorded no cost for; also prices earlier calls that had no known price'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --no-sync 'Do not sync new transcript entries first'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;cost;top'= {
            cand --what 'Rank turns (a user message and every call answering it), sessions, or single calls'
            cand --top 'How many to show'
            cand --since 'Only calls at or after this time: dates (2026-11-01), ISO times, or durations back from now (7d, 12h)'
            cand --until 'Only calls before this time (a date includes that whole day)'
            cand --tz 'Time zone for dates and the times shown (IANA name). Default: local'
            cand --agent 'Only this agent'
            cand --user 'Only this person (peer id or identityLinks name)'
            cand --pricing 'A pricing file (LiteLLM model_prices_and_context_window.json format accepted) for calls the bot recorded no cost for'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --no-sync 'Do not sync new transcript entries first'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;cost;reprice'= {
            cand --pricing 'A pricing file (LiteLLM model_prices_and_context_window.json format accepted)'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --dry-run 'Show what would change without writing'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;cost;help'= {
            cand report 'Cost attribution report: requests, tokens, cost and share, grouped'
            cand top 'The most expensive sessions or single turns (\"what was that $5 turn\")'
            cand reprice 'Re-estimate costs of rows without a recorded cost, after a price change'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'clawctl;cost;help;report'= {
        }
        &'clawctl;cost;help;top'= {
        }
        &'clawctl;cost;help;reprice'= {
        }
        &'clawctl;cost;help;help'= {
        }
        &'clawctl;budget'= {
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Set a daily or monthly spending limit in USD'
            cand list 'List budgets'
            cand status 'Spent, limit, remaining and projected end-of-period spend for each budget'
            cand estimate 'Estimate the cost of the next turn and whether it would exceed a budget (exit 4 if so)'
            cand check 'For cron: exit 3 and name each budget above the threshold'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'clawctl;budget;set'= {
            cand --daily 'Daily limit in USD'
            cand --monthly 'Monthly limit in USD'
            cand --user 'Budget for one person: a peer id (telegram:123456789, +15551234567) or an identityLinks name, which covers all of that person''s ids'
            cand --session 'Budget for one session key'
            cand --agent 'Budget for one agent'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --global 'Budget for the whole installation (the default)'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;budget;list'= {
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;budget;status'= {
            cand --tz 'Time zone for day and month boundaries (IANA name). Default: local'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --no-sync 'Do not sync new transcript entries first'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;budget;estimate'= {
            cand --session 'The session the turn would run in (session key or session id)'
            cand --user 'The person sending it (peer id or identityLinks name): their latest session is used'
            cand --message 'The new message text'
            cand --file 'Read the new message from a file (- for stdin)'
            cand --model 'The model to price, as provider/model or model (default: the session''s last model, then the bot''s default model)'
            cand --tz 'Time zone for day and month budget boundaries (IANA name). Default: local'
            cand --pricing 'A pricing file (LiteLLM model_prices_and_context_window.json format accepted)'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --no-sync 'Do not sync new transcript entries first'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;budget;check'= {
            cand --threshold 'Warn at this share of a budget, in percent'
            cand --tz 'Time zone for day and month boundaries (IANA name). Default: local'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --no-sync 'Do not sync new transcript entries first'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;budget;help'= {
            cand set 'Set a daily or monthly spending limit in USD'
            cand list 'List budgets'
            cand status 'Spent, limit, remaining and projected end-of-period spend for each budget'
            cand estimate 'Estimate the cost of the next turn and whether it would exceed a budget (exit 4 if so)'
            cand check 'For cron: exit 3 and name each budget above the threshold'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'clawctl;budget;help;set'= {
        }
        &'clawctl;budget;help;list'= {
        }
        &'clawctl;budget;help;status'= {
        }
        &'clawctl;budget;help;estimate'= {
        }
        &'clawctl;budget;help;check'= {
        }
        &'clawctl;budget;help;help'= {
        }
        &'clawctl;user'= {
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Everyone clawctl can find: ids, channels, sessions, messages, media, cost'
            cand show 'One person in detail, and where each piece of their data lives'
            cand export 'Export everything about one person (GDPR Art. 15/20) as a zip or JSON'
            cand purge 'Erase one person everywhere clawctl can reach (GDPR Art. 17)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'clawctl;user;list'= {
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --no-sync 'Do not sync new transcript entries first'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;user;show'= {
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --no-sync 'Do not sync new transcript entries first'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;user;export'= {
            cand -o 'Where to write the archive'
            cand --output 'Where to write the archive'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --force 'Overwrite an existing output file'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;user;purge'= {
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --dry-run 'List exactly what would be removed (files, rows, bytes) and change nothing'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;user;help'= {
            cand list 'Everyone clawctl can find: ids, channels, sessions, messages, media, cost'
            cand show 'One person in detail, and where each piece of their data lives'
            cand export 'Export everything about one person (GDPR Art. 15/20) as a zip or JSON'
            cand purge 'Erase one person everywhere clawctl can reach (GDPR Art. 17)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'clawctl;user;help;list'= {
        }
        &'clawctl;user;help;show'= {
        }
        &'clawctl;user;help;export'= {
        }
        &'clawctl;user;help;purge'= {
        }
        &'clawctl;user;help;help'= {
        }
        &'clawctl;retention'= {
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'The effective policy and what it would remove right now'
            cand enforce 'Apply the retention policy (safe from cron while the bot runs)'
            cand hold 'Place a legal hold: exempt a person''s or a session''s data from every rule'
            cand release 'Release a legal hold'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'clawctl;retention;show'= {
            cand --policy 'A policy file (TOML: a `[retention]` table, or its rule tables at top level) instead of the `[retention]` table of clawctl''s config file'
            cand --now 'Evaluate the policy as of this time instead of now (RFC 3339 such as 2026-11-20T12:00:00+01:00, a date, or Unix milliseconds). `enforce` refuses a future time'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;retention;enforce'= {
            cand --max-runtime 'Stop cleanly between batches after this long (e.g. 90s, 10m, 1h); the next run continues'
            cand --policy 'A policy file (TOML: a `[retention]` table, or its rule tables at top level) instead of the `[retention]` table of clawctl''s config file'
            cand --now 'Evaluate the policy as of this time instead of now (RFC 3339 such as 2026-11-20T12:00:00+01:00, a date, or Unix milliseconds). `enforce` refuses a future time'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --dry-run 'Show what would be removed, file by file, without removing anything'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;retention;hold'= {
            cand --user 'Hold everything of this person: a peer id (telegram:123456789, +15551234567) or a session.identityLinks name (all of its linked ids are held)'
            cand --session 'Hold everything of this session: a session key (agent:main:telegram:dm:123) or session id'
            cand --reason 'Why (recorded with the hold and in the audit trail), e.g. a case number'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;retention;release'= {
            cand --user 'Release the hold on this person (any of their linked ids, or the identityLinks name)'
            cand --session 'Release the hold on this session key or session id'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;retention;help'= {
            cand show 'The effective policy and what it would remove right now'
            cand enforce 'Apply the retention policy (safe from cron while the bot runs)'
            cand hold 'Place a legal hold: exempt a person''s or a session''s data from every rule'
            cand release 'Release a legal hold'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'clawctl;retention;help;show'= {
        }
        &'clawctl;retention;help;enforce'= {
        }
        &'clawctl;retention;help;hold'= {
        }
        &'clawctl;retention;help;release'= {
        }
        &'clawctl;retention;help;help'= {
        }
        &'clawctl;health'= {
            cand --gateway-url 'Gateway base URL. Default: http://127.0.0.1:<port> with the port from OPENCLAW_GATEWAY_PORT, then the config''s gateway.port, then 18789'
            cand --timeout 'Timeout for each network probe [default: 3s, or `timeout` in [health]]'
            cand --disk-warn 'Warn when free disk space drops below this: a percentage (10%) or a size (5GiB) [default: 10%]'
            cand --disk-critical 'Critical when free disk space drops below this [default: 5%]'
            cand --inodes-warn 'Warn when free inodes drop below this: a percentage or a count [default: 10%]'
            cand --inodes-critical 'Critical when free inodes drop below this [default: 5%]'
            cand --memory-warn 'Warn when available memory drops below this: a percentage or a size [default: 10%]'
            cand --memory-critical 'Critical when available memory drops below this [default: 5%]'
            cand --lag-warn 'Warn when sync lags the transcripts by more than this many bytes [default: 64MiB]'
            cand --lag-critical 'Critical when sync lags by more than this many bytes [default: never]'
            cand --output 'Write the result to this file atomically instead of stdout (with --format prometheus, for the node_exporter textfile collector)'
            cand --watch 'Repeat every interval (e.g. 30s) until interrupted'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --channels 'Also check each configured channel''s API (Telegram getMe, Discord users/@me, Slack auth.test, …). Base URLs: CLAWCTL_<CHANNEL>_API_BASE or [health.api_base]'
            cand --providers 'Also check each configured model provider''s API (lists models; spends no tokens)'
            cand --deep 'Add slow checks (PRAGMA quick_check on the ops database)'
            cand --nagios 'One Nagios plugin line (`CLAWCTL OK - … | perfdata`) and exit 0/1/2/3 (OK/WARNING/CRITICAL/UNKNOWN)'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;metrics'= {
            cand --tz 'Time zone for the day and month boundaries of budget usage (IANA name). Default: local'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --no-sync 'Do not sync new transcript entries first'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Serve /metrics and /health over HTTP for Prometheus and uptime monitors'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'clawctl;metrics;serve'= {
            cand --listen 'Address to listen on (port 0 picks a free port; the address is printed on stderr)'
            cand --tz 'Time zone for the day and month boundaries of budget usage (IANA name). Default: local'
            cand --sync-interval 'How often to sync new transcript entries into the ops database in the background (`30s`, `5m`); the first sync runs before serving'
            cand --gateway-url 'Gateway base URL. Default: http://127.0.0.1:<port> with the port from OPENCLAW_GATEWAY_PORT, then the config''s gateway.port, then 18789'
            cand --timeout 'Timeout for each network probe [default: 3s, or `timeout` in [health]]'
            cand --disk-warn 'Warn when free disk space drops below this: a percentage (10%) or a size (5GiB) [default: 10%]'
            cand --disk-critical 'Critical when free disk space drops below this [default: 5%]'
            cand --inodes-warn 'Warn when free inodes drop below this: a percentage or a count [default: 10%]'
            cand --inodes-critical 'Critical when free inodes drop below this [default: 5%]'
            cand --memory-warn 'Warn when available memory drops below this: a percentage or a size [default: 10%]'
            cand --memory-critical 'Critical when available memory drops below this [default: 5%]'
            cand --lag-warn 'Warn when sync lags the transcripts by more than this many bytes [default: 64MiB]'
            cand --lag-critical 'Critical when sync lags by more than this many bytes [default: never]'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --no-sync 'Serve what the ops database holds; never sync (another job does)'
            cand --channels 'Also check each configured channel''s API (Telegram getMe, Discord users/@me, Slack auth.test, …). Base URLs: CLAWCTL_<CHANNEL>_API_BASE or [health.api_base]'
            cand --providers 'Also check each configured model provider''s API (lists models; spends no tokens)'
            cand --deep 'Add slow checks (PRAGMA quick_check on the ops database)'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;metrics;help'= {
            cand serve 'Serve /metrics and /health over HTTP for Prometheus and uptime monitors'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'clawctl;metrics;help;serve'= {
        }
        &'clawctl;metrics;help;help'= {
        }
        &'clawctl;db'= {
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Backend, schema version, size and row counts of the ops database'
            cand migrate 'Apply pending schema migrations to the ops database'
            cand migrate-to 'Copy the SQLite ops database into PostgreSQL (resumable, verified)'
            cand backup 'Write a consistent copy of the ops database (SQLite online backup)'
            cand vacuum 'Reclaim space in the ops database'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'clawctl;db;status'= {
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;db;migrate'= {
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;db;migrate-to'= {
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;db;backup'= {
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --force 'Overwrite an existing backup file'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;db;vacuum'= {
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;db;help'= {
            cand status 'Backend, schema version, size and row counts of the ops database'
            cand migrate 'Apply pending schema migrations to the ops database'
            cand migrate-to 'Copy the SQLite ops database into PostgreSQL (resumable, verified)'
            cand backup 'Write a consistent copy of the ops database (SQLite online backup)'
            cand vacuum 'Reclaim space in the ops database'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'clawctl;db;help;status'= {
        }
        &'clawctl;db;help;migrate'= {
        }
        &'clawctl;db;help;migrate-to'= {
        }
        &'clawctl;db;help;backup'= {
        }
        &'clawctl;db;help;vacuum'= {
        }
        &'clawctl;db;help;help'= {
        }
        &'clawctl;completions'= {
            cand --out-dir 'Write completions for every supported shell into this directory instead'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;man'= {
            cand --out-dir 'Write one page per command into this directory (default: print clawctl(1) to stdout)'
            cand --state-dir 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)'
            cand --config 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir'
            cand --profile 'The bot''s profile: the state directory becomes ~/.openclaw-NAME'
            cand --db 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db'
            cand --format 'Output format'
            cand --color 'When to use colour: auto (terminal and NO_COLOR unset), always or never'
            cand --actor 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing on success (errors still go to stderr); no progress bars'
            cand --quiet 'Print nothing on success (errors still go to stderr); no progress bars'
            cand -v 'Say more about what is happening (on stderr). Repeat for more'
            cand --verbose 'Say more about what is happening (on stderr). Repeat for more'
            cand -y 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand --yes 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'clawctl;help'= {
            cand status 'Show what clawctl found: state dir, layout, config, agents, sessions, transcripts, media, ops database'
            cand sync 'Ingest new transcript entries into the ops database (incremental, idempotent)'
            cand secrets 'Find plaintext secrets, move them into the OS keychain, resolve them for the bot'
            cand audit 'Record, query and verify the tamper-evident audit trail'
            cand cost 'Where the money went: cost attribution reports from the bot''s transcripts'
            cand budget 'Daily and monthly spending limits, and estimates before an expensive turn'
            cand user 'People the bot talks to: list, show, GDPR export and erasure'
            cand retention 'Data retention policy: show it, enforce it from cron, legal holds'
            cand health 'Probe the gateway, ops database, state directory, disk and memory'
            cand metrics 'Prometheus metrics from the ops database and the bot''s files'
            cand db 'The ops database: status, migrations, backup, vacuum, moving to PostgreSQL'
            cand completions 'Generate shell completions'
            cand man 'Generate man pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'clawctl;help;status'= {
        }
        &'clawctl;help;sync'= {
        }
        &'clawctl;help;secrets'= {
            cand scan 'Find plaintext secrets in the config, .env, auth profiles, models.json, credentials and backups'
            cand migrate 'Move every plaintext secret into the secret backend and leave references behind'
            cand rollback 'Put migrated secrets back into the files in plaintext (explicit request only)'
            cand resolve 'Answer the bot''s exec secret-provider protocol (v1) on stdin/stdout'
            cand list 'List stored secrets: names, backends, where each is referenced, fingerprints'
            cand get 'Show a stored secret''s fingerprint (the value only with --reveal)'
            cand set 'Store a secret, read from a prompt or stdin (never from the command line)'
            cand rm 'Remove a stored secret'
            cand rotate 'Replace a stored secret''s value, keeping every reference to it'
            cand run 'Resolve ${CLAWCTL_*} references and exec a command with them in its environment'
        }
        &'clawctl;help;secrets;scan'= {
        }
        &'clawctl;help;secrets;migrate'= {
        }
        &'clawctl;help;secrets;rollback'= {
        }
        &'clawctl;help;secrets;resolve'= {
        }
        &'clawctl;help;secrets;list'= {
        }
        &'clawctl;help;secrets;get'= {
        }
        &'clawctl;help;secrets;set'= {
        }
        &'clawctl;help;secrets;rm'= {
        }
        &'clawctl;help;secrets;rotate'= {
        }
        &'clawctl;help;secrets;run'= {
        }
        &'clawctl;help;audit'= {
            cand log 'Append an event to the audit trail (for scripts, hooks and the bot side)'
            cand query 'Query the audit trail'
            cand verify 'Verify the hash chain; name the first row that was edited, deleted, inserted or reordered'
            cand failures 'Failed operations that may be an attack, grouped by action and actor'
            cand tail 'Show the newest events; with -f keep following new ones'
            cand stats 'Events per action, actor and risk over a period'
        }
        &'clawctl;help;audit;log'= {
        }
        &'clawctl;help;audit;query'= {
        }
        &'clawctl;help;audit;verify'= {
        }
        &'clawctl;help;audit;failures'= {
        }
        &'clawctl;help;audit;tail'= {
        }
        &'clawctl;help;audit;stats'= {
        }
        &'clawctl;help;cost'= {
            cand report 'Cost attribution report: requests, tokens, cost and share, grouped'
            cand top 'The most expensive sessions or single turns (\"what was that $5 turn\")'
            cand reprice 'Re-estimate costs of rows without a recorded cost, after a price change'
        }
        &'clawctl;help;cost;report'= {
        }
        &'clawctl;help;cost;top'= {
        }
        &'clawctl;help;cost;reprice'= {
        }
        &'clawctl;help;budget'= {
            cand set 'Set a daily or monthly spending limit in USD'
            cand list 'List budgets'
            cand status 'Spent, limit, remaining and projected end-of-period spend for each budget'
            cand estimate 'Estimate the cost of the next turn and whether it would exceed a budget (exit 4 if so)'
            cand check 'For cron: exit 3 and name each budget above the threshold'
        }
        &'clawctl;help;budget;set'= {
        }
        &'clawctl;help;budget;list'= {
        }
        &'clawctl;help;budget;status'= {
        }
        &'clawctl;help;budget;estimate'= {
        }
        &'clawctl;help;budget;check'= {
        }
        &'clawctl;help;user'= {
            cand list 'Everyone clawctl can find: ids, channels, sessions, messages, media, cost'
            cand show 'One person in detail, and where each piece of their data lives'
            cand export 'Export everything about one person (GDPR Art. 15/20) as a zip or JSON'
            cand purge 'Erase one person everywhere clawctl can reach (GDPR Art. 17)'
        }
        &'clawctl;help;user;list'= {
        }
        &'clawctl;help;user;show'= {
        }
        &'clawctl;help;user;export'= {
        }
        &'clawctl;help;user;purge'= {
        }
        &'clawctl;help;retention'= {
            cand show 'The effective policy and what it would remove right now'
            cand enforce 'Apply the retention policy (safe from cron while the bot runs)'
            cand hold 'Place a legal hold: exempt a person''s or a session''s data from every rule'
            cand release 'Release a legal hold'
        }
        &'clawctl;help;retention;show'= {
        }
        &'clawctl;help;retention;enforce'= {
        }
        &'clawctl;help;retention;hold'= {
        }
        &'clawctl;help;retention;release'= {
        }
        &'clawctl;help;health'= {
        }
        &'clawctl;help;metrics'= {
            cand serve 'Serve /metrics and /health over HTTP for Prometheus and uptime monitors'
        }
        &'clawctl;help;metrics;serve'= {
        }
        &'clawctl;help;db'= {
            cand status 'Backend, schema version, size and row counts of the ops database'
            cand migrate 'Apply pending schema migrations to the ops database'
            cand migrate-to 'Copy the SQLite ops database into PostgreSQL (resumable, verified)'
            cand backup 'Write a consistent copy of the ops database (SQLite online backup)'
            cand vacuum 'Reclaim space in the ops database'
        }
        &'clawctl;help;db;status'= {
        }
        &'clawctl;help;db;migrate'= {
        }
        &'clawctl;help;db;migrate-to'= {
        }
        &'clawctl;help;db;backup'= {
        }
        &'clawctl;help;db;vacuum'= {
        }
        &'clawctl;help;completions'= {
        }
        &'clawctl;help;man'= {
        }
        &'clawctl;help;help'= {
        }
    ]
    $completions[$command]
}
