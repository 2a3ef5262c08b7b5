
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'clawctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'clawctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'clawctl' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show what clawctl found: state dir, layout, config, agents, sessions, transcripts, media, ops database')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Ingest new transcript entries into the ops database (incremental, idempotent)')
            [CompletionResult]::new('secrets', 'secrets', [CompletionResultType]::ParameterValue, 'Find plaintext secrets, move them into the OS keychain, resolve them for the bot')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Record, query and verify the tamper-evident audit trail')
            [CompletionResult]::new('cost', 'cost', [CompletionResultType]::ParameterValue, 'Where the money went: cost attribution reports from the bot''s transcripts')
            [CompletionResult]::new('budget', 'budget', [CompletionResultType]::ParameterValue, 'Daily and monthly spending limits, and estimates before an expensive turn')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'People the bot talks to: list, show, GDPR export and erasure')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'Data retention policy: show it, enforce it from cron, legal holds')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Probe the gateway, ops database, state directory, disk and memory')
            [CompletionResult]::new('metrics', 'metrics', [CompletionResultType]::ParameterValue, 'Prometheus metrics from the ops database and the bot''s files')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The ops database: status, migrations, backup, vacuum, moving to PostgreSQL')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Generate shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Generate man pages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'clawctl;status' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;sync' {
            [CompletionResult]::new('--pricing', '--pricing', [CompletionResultType]::ParameterName, 'A pricing file for calls the bot recorded no cost for (LiteLLM''s model_prices_and_context_window.json format accepted). Default: `[cost] pricing` in clawctl''s config')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;secrets' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Find plaintext secrets in the config, .env, auth profiles, models.json, credentials and backups')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move every plaintext secret into the secret backend and leave references behind')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Put migrated secrets back into the files in plaintext (explicit request only)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Answer the bot''s exec secret-provider protocol (v1) on stdin/stdout')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List stored secrets: names, backends, where each is referenced, fingerprints')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a stored secret''s fingerprint (the value only with --reveal)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a secret, read from a prompt or stdin (never from the command line)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a stored secret')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace a stored secret''s value, keeping every reference to it')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Resolve ${CLAWCTL_*} references and exec a command with them in its environment')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'clawctl;secrets;scan' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--deep', '--deep', [CompletionResultType]::ParameterName, 'Also search transcripts and logs (people paste keys into chats)')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Exit with code 3 when a movable secret is in plaintext, a backup (or with --deep a transcript or log) holds one, or a permission is wrong. For cron: the bot can write resolved plaintext back into its config, silently undoing a migration')
            [CompletionResult]::new('--fix-perms', '--fix-perms', [CompletionResultType]::ParameterName, 'Fix file permissions: state dir 0700, secret-bearing files 0600, transcripts not group/world-readable')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;secrets;migrate' {
            [CompletionResult]::new('--style', '--style', [CompletionResultType]::ParameterName, 'Reference style. Default: secretref when the bot is new enough (config meta.lastTouchedVersion 2026.2.26 or later, or the SQLite layout), else env')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Secret backend. Default: the keychain when a Secret Service answers, else systemd-creds')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the plan without changing anything')
            [CompletionResult]::new('--scrub-backups', '--scrub-backups', [CompletionResultType]::ParameterName, 'Also move plaintext secrets out of the config''s .bak files')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;secrets;rollback' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Secret backend to read from. Default: the one each secret was stored in')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only restore these secrets (repeatable). Default: every reference to a clawctl secret')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the plan without changing anything')
            [CompletionResult]::new('--backups', '--backups', [CompletionResultType]::ParameterName, 'Also restore references in the config''s .bak files')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;secrets;resolve' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Secret backend to read from. Default: the one each secret was stored in')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;secrets;list' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Only secrets in this backend')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;secrets;get' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Secret backend to read from. Default: the one it was stored in')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Print the value itself (recorded in the audit trail)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;secrets;set' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Secret backend to write to. Default: the keychain when a Secret Service answers, else systemd-creds')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;secrets;rm' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Secret backend. Default: the one it was stored in')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be removed without removing it')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Remove it even though the bot''s files still reference it (the bot will fail to resolve them)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;secrets;rotate' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Secret backend. Default: the one it was stored in')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;secrets;run' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Secret backend to read from. Default: the one each secret was stored in')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;secrets;help' {
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Find plaintext secrets in the config, .env, auth profiles, models.json, credentials and backups')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move every plaintext secret into the secret backend and leave references behind')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Put migrated secrets back into the files in plaintext (explicit request only)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Answer the bot''s exec secret-provider protocol (v1) on stdin/stdout')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List stored secrets: names, backends, where each is referenced, fingerprints')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a stored secret''s fingerprint (the value only with --reveal)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a secret, read from a prompt or stdin (never from the command line)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a stored secret')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace a stored secret''s value, keeping every reference to it')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Resolve ${CLAWCTL_*} references and exec a command with them in its environment')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'clawctl;secrets;help;scan' {
            break
        }
        'clawctl;secrets;help;migrate' {
            break
        }
        'clawctl;secrets;help;rollback' {
            break
        }
        'clawctl;secrets;help;resolve' {
            break
        }
        'clawctl;secrets;help;list' {
            break
        }
        'clawctl;secrets;help;get' {
            break
        }
        'clawctl;secrets;help;set' {
            break
        }
        'clawctl;secrets;help;rm' {
            break
        }
        'clawctl;secrets;help;rotate' {
            break
        }
        'clawctl;secrets;help;run' {
            break
        }
        'clawctl;secrets;help;help' {
            break
        }
        'clawctl;audit' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Append an event to the audit trail (for scripts, hooks and the bot side)')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Query the audit trail')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify the hash chain; name the first row that was edited, deleted, inserted or reordered')
            [CompletionResult]::new('failures', 'failures', [CompletionResultType]::ParameterValue, 'Failed operations that may be an attack, grouped by action and actor')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Show the newest events; with -f keep following new ones')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Events per action, actor and risk over a period')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'clawctl;audit;log' {
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'What was done (`send_message`, `file_delete`, …). Names starting with `audit.` are reserved for clawctl''s own bookkeeping. The actor is the global --actor (CLAWCTL_ACTOR, default operator:<os-user>@<host>)')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'What it was done to')
            [CompletionResult]::new('--result', '--result', [CompletionResultType]::ParameterName, 'The result')
            [CompletionResult]::new('--risk', '--risk', [CompletionResultType]::ParameterName, 'The risk level; high-risk events also go to syslog when `[audit.syslog]` is configured')
            [CompletionResult]::new('--meta', '--meta', [CompletionResultType]::ParameterName, 'Metadata as a JSON object: counts and names, never content or secret values')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;audit;query' {
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only this action; `*` and `?` make it a glob (`secrets.*`). The global --actor selects an actor the same way')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Only targets matching this glob (`*` any run of characters, `?` one)')
            [CompletionResult]::new('--result', '--result', [CompletionResultType]::ParameterName, 'Only this result')
            [CompletionResult]::new('--risk', '--risk', [CompletionResultType]::ParameterName, 'Only this risk level')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only events at or after this time: dates (2026-11-01), ISO times, or durations back from now (7d, 12h)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only events before this time (same forms as --since)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many events (the table format shows 1000 unless given)')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Order by time')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;audit;verify' {
            [CompletionResult]::new('--expect-head', '--expect-head', [CompletionResultType]::ParameterName, 'Fail unless the trail still contains this head hash saved earlier with --anchor (detects a truncated tail; later events after it are fine)')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--anchor', '--anchor', [CompletionResultType]::ParameterName, 'Print the head hash (after verifying), to keep somewhere else: a later `--expect-head` with it detects a truncated or rewritten trail')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;audit;failures' {
            [CompletionResult]::new('--min', '--min', [CompletionResultType]::ParameterName, 'Only groups with at least this many failures')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Look back this far: dates (2026-11-01), ISO times, or durations back from now (7d, 12h). The global --actor limits it to one actor')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to this time (same forms as --since; default now)')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;audit;tail' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many recent events to show first')
            [CompletionResult]::new('--lines', '--lines', [CompletionResultType]::ParameterName, 'How many recent events to show first')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only this action (`*` and `?` make it a glob). The global --actor selects an actor')
            [CompletionResult]::new('--risk', '--risk', [CompletionResultType]::ParameterName, 'Only this risk level')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With -f, how often to look for new events (250ms, 1s, 5s)')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Keep following new events as they arrive (JSON output becomes JSON Lines)')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep following new events as they arrive (JSON output becomes JSON Lines)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;audit;stats' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Look back this far: dates (2026-11-01), ISO times, or durations back from now (7d, 12h). The global --actor limits it to one actor')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to this time (same forms as --since; default now)')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;audit;help' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Append an event to the audit trail (for scripts, hooks and the bot side)')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Query the audit trail')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify the hash chain; name the first row that was edited, deleted, inserted or reordered')
            [CompletionResult]::new('failures', 'failures', [CompletionResultType]::ParameterValue, 'Failed operations that may be an attack, grouped by action and actor')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Show the newest events; with -f keep following new ones')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Events per action, actor and risk over a period')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'clawctl;audit;help;log' {
            break
        }
        'clawctl;audit;help;query' {
            break
        }
        'clawctl;audit;help;verify' {
            break
        }
        'clawctl;audit;help;failures' {
            break
        }
        'clawctl;audit;help;tail' {
            break
        }
        'clawctl;audit;help;stats' {
            break
        }
        'clawctl;audit;help;help' {
            break
        }
        'clawctl;cost' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Cost attribution report: requests, tokens, cost and share, grouped')
            [CompletionResult]::new('top', 'top', [CompletionResultType]::ParameterValue, 'The most expensive sessions or single turns (\"what was that $5 turn\")')
            [CompletionResult]::new('reprice', 'reprice', [CompletionResultType]::ParameterValue, 'Re-estimate costs of rows without a recorded cost, after a price change')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'clawctl;cost;report' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Group by task_type, model, provider, session, user, channel, agent, day, week or month. Repeat (or separate with commas) to nest: `--by day --by model`')
            [CompletionResult]::new('--top', '--top', [CompletionResultType]::ParameterName, 'Only the N most expensive groups; the rest are summed as `(other)`')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only calls at or after this time: dates (2026-11-01), ISO times, or durations back from now (7d, 12h)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only calls before this time (a date includes that whole day)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for day/week/month buckets and dates (IANA name). Default: local')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'Only this agent')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this person (peer id or identityLinks name)')
            [CompletionResult]::new('--pricing', '--pricing', [CompletionResultType]::ParameterName, 'A pricing file (LiteLLM model_prices_and_context_window.json format accepted) for calls the bot recorded no cost for; also prices earlier calls that had no known price')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--no-sync', '--no-sync', [CompletionResultType]::ParameterName, 'Do not sync new transcript entries first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;cost;top' {
            [CompletionResult]::new('--what', '--what', [CompletionResultType]::ParameterName, 'Rank turns (a user message and every call answering it), sessions, or single calls')
            [CompletionResult]::new('--top', '--top', [CompletionResultType]::ParameterName, 'How many to show')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only calls at or after this time: dates (2026-11-01), ISO times, or durations back from now (7d, 12h)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only calls before this time (a date includes that whole day)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for dates and the times shown (IANA name). Default: local')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'Only this agent')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this person (peer id or identityLinks name)')
            [CompletionResult]::new('--pricing', '--pricing', [CompletionResultType]::ParameterName, 'A pricing file (LiteLLM model_prices_and_context_window.json format accepted) for calls the bot recorded no cost for')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--no-sync', '--no-sync', [CompletionResultType]::ParameterName, 'Do not sync new transcript entries first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;cost;reprice' {
            [CompletionResult]::new('--pricing', '--pricing', [CompletionResultType]::ParameterName, 'A pricing file (LiteLLM model_prices_and_context_window.json format accepted)')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change without writing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;cost;help' {
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Cost attribution report: requests, tokens, cost and share, grouped')
            [CompletionResult]::new('top', 'top', [CompletionResultType]::ParameterValue, 'The most expensive sessions or single turns (\"what was that $5 turn\")')
            [CompletionResult]::new('reprice', 'reprice', [CompletionResultType]::ParameterValue, 'Re-estimate costs of rows without a recorded cost, after a price change')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'clawctl;cost;help;report' {
            break
        }
        'clawctl;cost;help;top' {
            break
        }
        'clawctl;cost;help;reprice' {
            break
        }
        'clawctl;cost;help;help' {
            break
        }
        'clawctl;budget' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a daily or monthly spending limit in USD')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List budgets')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Spent, limit, remaining and projected end-of-period spend for each budget')
            [CompletionResult]::new('estimate', 'estimate', [CompletionResultType]::ParameterValue, 'Estimate the cost of the next turn and whether it would exceed a budget (exit 4 if so)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'For cron: exit 3 and name each budget above the threshold')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'clawctl;budget;set' {
            [CompletionResult]::new('--daily', '--daily', [CompletionResultType]::ParameterName, 'Daily limit in USD')
            [CompletionResult]::new('--monthly', '--monthly', [CompletionResultType]::ParameterName, 'Monthly limit in USD')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Budget for one person: a peer id (telegram:123456789, +15551234567) or an identityLinks name, which covers all of that person''s ids')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'Budget for one session key')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'Budget for one agent')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--global', '--global', [CompletionResultType]::ParameterName, 'Budget for the whole installation (the default)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;budget;list' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;budget;status' {
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for day and month boundaries (IANA name). Default: local')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--no-sync', '--no-sync', [CompletionResultType]::ParameterName, 'Do not sync new transcript entries first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;budget;estimate' {
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'The session the turn would run in (session key or session id)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The person sending it (peer id or identityLinks name): their latest session is used')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'The new message text')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the new message from a file (- for stdin)')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'The model to price, as provider/model or model (default: the session''s last model, then the bot''s default model)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for day and month budget boundaries (IANA name). Default: local')
            [CompletionResult]::new('--pricing', '--pricing', [CompletionResultType]::ParameterName, 'A pricing file (LiteLLM model_prices_and_context_window.json format accepted)')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--no-sync', '--no-sync', [CompletionResultType]::ParameterName, 'Do not sync new transcript entries first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;budget;check' {
            [CompletionResult]::new('--threshold', '--threshold', [CompletionResultType]::ParameterName, 'Warn at this share of a budget, in percent')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for day and month boundaries (IANA name). Default: local')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--no-sync', '--no-sync', [CompletionResultType]::ParameterName, 'Do not sync new transcript entries first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;budget;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a daily or monthly spending limit in USD')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List budgets')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Spent, limit, remaining and projected end-of-period spend for each budget')
            [CompletionResult]::new('estimate', 'estimate', [CompletionResultType]::ParameterValue, 'Estimate the cost of the next turn and whether it would exceed a budget (exit 4 if so)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'For cron: exit 3 and name each budget above the threshold')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'clawctl;budget;help;set' {
            break
        }
        'clawctl;budget;help;list' {
            break
        }
        'clawctl;budget;help;status' {
            break
        }
        'clawctl;budget;help;estimate' {
            break
        }
        'clawctl;budget;help;check' {
            break
        }
        'clawctl;budget;help;help' {
            break
        }
        'clawctl;user' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Everyone clawctl can find: ids, channels, sessions, messages, media, cost')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One person in detail, and where each piece of their data lives')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export everything about one person (GDPR Art. 15/20) as a zip or JSON')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Erase one person everywhere clawctl can reach (GDPR Art. 17)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'clawctl;user;list' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--no-sync', '--no-sync', [CompletionResultType]::ParameterName, 'Do not sync new transcript entries first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;user;show' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--no-sync', '--no-sync', [CompletionResultType]::ParameterName, 'Do not sync new transcript entries first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;user;export' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to write the archive')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to write the archive')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing output file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;user;purge' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List exactly what would be removed (files, rows, bytes) and change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;user;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Everyone clawctl can find: ids, channels, sessions, messages, media, cost')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One person in detail, and where each piece of their data lives')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export everything about one person (GDPR Art. 15/20) as a zip or JSON')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Erase one person everywhere clawctl can reach (GDPR Art. 17)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'clawctl;user;help;list' {
            break
        }
        'clawctl;user;help;show' {
            break
        }
        'clawctl;user;help;export' {
            break
        }
        'clawctl;user;help;purge' {
            break
        }
        'clawctl;user;help;help' {
            break
        }
        'clawctl;retention' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The effective policy and what it would remove right now')
            [CompletionResult]::new('enforce', 'enforce', [CompletionResultType]::ParameterValue, 'Apply the retention policy (safe from cron while the bot runs)')
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Place a legal hold: exempt a person''s or a session''s data from every rule')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Release a legal hold')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'clawctl;retention;show' {
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'A policy file (TOML: a `[retention]` table, or its rule tables at top level) instead of the `[retention]` table of clawctl''s config file')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate the policy as of this time instead of now (RFC 3339 such as 2026-11-20T12:00:00+01:00, a date, or Unix milliseconds). `enforce` refuses a future time')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;retention;enforce' {
            [CompletionResult]::new('--max-runtime', '--max-runtime', [CompletionResultType]::ParameterName, 'Stop cleanly between batches after this long (e.g. 90s, 10m, 1h); the next run continues')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'A policy file (TOML: a `[retention]` table, or its rule tables at top level) instead of the `[retention]` table of clawctl''s config file')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate the policy as of this time instead of now (RFC 3339 such as 2026-11-20T12:00:00+01:00, a date, or Unix milliseconds). `enforce` refuses a future time')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be removed, file by file, without removing anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;retention;hold' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Hold everything of this person: a peer id (telegram:123456789, +15551234567) or a session.identityLinks name (all of its linked ids are held)')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'Hold everything of this session: a session key (agent:main:telegram:dm:123) or session id')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (recorded with the hold and in the audit trail), e.g. a case number')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;retention;release' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Release the hold on this person (any of their linked ids, or the identityLinks name)')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'Release the hold on this session key or session id')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;retention;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The effective policy and what it would remove right now')
            [CompletionResult]::new('enforce', 'enforce', [CompletionResultType]::ParameterValue, 'Apply the retention policy (safe from cron while the bot runs)')
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Place a legal hold: exempt a person''s or a session''s data from every rule')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Release a legal hold')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'clawctl;retention;help;show' {
            break
        }
        'clawctl;retention;help;enforce' {
            break
        }
        'clawctl;retention;help;hold' {
            break
        }
        'clawctl;retention;help;release' {
            break
        }
        'clawctl;retention;help;help' {
            break
        }
        'clawctl;health' {
            [CompletionResult]::new('--gateway-url', '--gateway-url', [CompletionResultType]::ParameterName, 'Gateway base URL. Default: http://127.0.0.1:<port> with the port from OPENCLAW_GATEWAY_PORT, then the config''s gateway.port, then 18789')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each network probe [default: 3s, or `timeout` in [health]]')
            [CompletionResult]::new('--disk-warn', '--disk-warn', [CompletionResultType]::ParameterName, 'Warn when free disk space drops below this: a percentage (10%) or a size (5GiB) [default: 10%]')
            [CompletionResult]::new('--disk-critical', '--disk-critical', [CompletionResultType]::ParameterName, 'Critical when free disk space drops below this [default: 5%]')
            [CompletionResult]::new('--inodes-warn', '--inodes-warn', [CompletionResultType]::ParameterName, 'Warn when free inodes drop below this: a percentage or a count [default: 10%]')
            [CompletionResult]::new('--inodes-critical', '--inodes-critical', [CompletionResultType]::ParameterName, 'Critical when free inodes drop below this [default: 5%]')
            [CompletionResult]::new('--memory-warn', '--memory-warn', [CompletionResultType]::ParameterName, 'Warn when available memory drops below this: a percentage or a size [default: 10%]')
            [CompletionResult]::new('--memory-critical', '--memory-critical', [CompletionResultType]::ParameterName, 'Critical when available memory drops below this [default: 5%]')
            [CompletionResult]::new('--lag-warn', '--lag-warn', [CompletionResultType]::ParameterName, 'Warn when sync lags the transcripts by more than this many bytes [default: 64MiB]')
            [CompletionResult]::new('--lag-critical', '--lag-critical', [CompletionResultType]::ParameterName, 'Critical when sync lags by more than this many bytes [default: never]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the result to this file atomically instead of stdout (with --format prometheus, for the node_exporter textfile collector)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Repeat every interval (e.g. 30s) until interrupted')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--channels', '--channels', [CompletionResultType]::ParameterName, 'Also check each configured channel''s API (Telegram getMe, Discord users/@me, Slack auth.test, …). Base URLs: CLAWCTL_<CHANNEL>_API_BASE or [health.api_base]')
            [CompletionResult]::new('--providers', '--providers', [CompletionResultType]::ParameterName, 'Also check each configured model provider''s API (lists models; spends no tokens)')
            [CompletionResult]::new('--deep', '--deep', [CompletionResultType]::ParameterName, 'Add slow checks (PRAGMA quick_check on the ops database)')
            [CompletionResult]::new('--nagios', '--nagios', [CompletionResultType]::ParameterName, 'One Nagios plugin line (`CLAWCTL OK - … | perfdata`) and exit 0/1/2/3 (OK/WARNING/CRITICAL/UNKNOWN)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;metrics' {
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for the day and month boundaries of budget usage (IANA name). Default: local')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--no-sync', '--no-sync', [CompletionResultType]::ParameterName, 'Do not sync new transcript entries first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve /metrics and /health over HTTP for Prometheus and uptime monitors')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'clawctl;metrics;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (port 0 picks a free port; the address is printed on stderr)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone for the day and month boundaries of budget usage (IANA name). Default: local')
            [CompletionResult]::new('--sync-interval', '--sync-interval', [CompletionResultType]::ParameterName, 'How often to sync new transcript entries into the ops database in the background (`30s`, `5m`); the first sync runs before serving')
            [CompletionResult]::new('--gateway-url', '--gateway-url', [CompletionResultType]::ParameterName, 'Gateway base URL. Default: http://127.0.0.1:<port> with the port from OPENCLAW_GATEWAY_PORT, then the config''s gateway.port, then 18789')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each network probe [default: 3s, or `timeout` in [health]]')
            [CompletionResult]::new('--disk-warn', '--disk-warn', [CompletionResultType]::ParameterName, 'Warn when free disk space drops below this: a percentage (10%) or a size (5GiB) [default: 10%]')
            [CompletionResult]::new('--disk-critical', '--disk-critical', [CompletionResultType]::ParameterName, 'Critical when free disk space drops below this [default: 5%]')
            [CompletionResult]::new('--inodes-warn', '--inodes-warn', [CompletionResultType]::ParameterName, 'Warn when free inodes drop below this: a percentage or a count [default: 10%]')
            [CompletionResult]::new('--inodes-critical', '--inodes-critical', [CompletionResultType]::ParameterName, 'Critical when free inodes drop below this [default: 5%]')
            [CompletionResult]::new('--memory-warn', '--memory-warn', [CompletionResultType]::ParameterName, 'Warn when available memory drops below this: a percentage or a size [default: 10%]')
            [CompletionResult]::new('--memory-critical', '--memory-critical', [CompletionResultType]::ParameterName, 'Critical when available memory drops below this [default: 5%]')
            [CompletionResult]::new('--lag-warn', '--lag-warn', [CompletionResultType]::ParameterName, 'Warn when sync lags the transcripts by more than this many bytes [default: 64MiB]')
            [CompletionResult]::new('--lag-critical', '--lag-critical', [CompletionResultType]::ParameterName, 'Critical when sync lags by more than this many bytes [default: never]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--no-sync', '--no-sync', [CompletionResultType]::ParameterName, 'Serve what the ops database holds; never sync (another job does)')
            [CompletionResult]::new('--channels', '--channels', [CompletionResultType]::ParameterName, 'Also check each configured channel''s API (Telegram getMe, Discord users/@me, Slack auth.test, …). Base URLs: CLAWCTL_<CHANNEL>_API_BASE or [health.api_base]')
            [CompletionResult]::new('--providers', '--providers', [CompletionResultType]::ParameterName, 'Also check each configured model provider''s API (lists models; spends no tokens)')
            [CompletionResult]::new('--deep', '--deep', [CompletionResultType]::ParameterName, 'Add slow checks (PRAGMA quick_check on the ops database)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;metrics;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve /metrics and /health over HTTP for Prometheus and uptime monitors')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'clawctl;metrics;help;serve' {
            break
        }
        'clawctl;metrics;help;help' {
            break
        }
        'clawctl;db' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Backend, schema version, size and row counts of the ops database')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending schema migrations to the ops database')
            [CompletionResult]::new('migrate-to', 'migrate-to', [CompletionResultType]::ParameterValue, 'Copy the SQLite ops database into PostgreSQL (resumable, verified)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the ops database (SQLite online backup)')
            [CompletionResult]::new('vacuum', 'vacuum', [CompletionResultType]::ParameterValue, 'Reclaim space in the ops database')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'clawctl;db;status' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;db;migrate' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;db;migrate-to' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;db;backup' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing backup file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;db;vacuum' {
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;db;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Backend, schema version, size and row counts of the ops database')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending schema migrations to the ops database')
            [CompletionResult]::new('migrate-to', 'migrate-to', [CompletionResultType]::ParameterValue, 'Copy the SQLite ops database into PostgreSQL (resumable, verified)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the ops database (SQLite online backup)')
            [CompletionResult]::new('vacuum', 'vacuum', [CompletionResultType]::ParameterValue, 'Reclaim space in the ops database')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'clawctl;db;help;status' {
            break
        }
        'clawctl;db;help;migrate' {
            break
        }
        'clawctl;db;help;migrate-to' {
            break
        }
        'clawctl;db;help;backup' {
            break
        }
        'clawctl;db;help;vacuum' {
            break
        }
        'clawctl;db;help;help' {
            break
        }
        'clawctl;completions' {
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'Write completions for every supported shell into this directory instead')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;man' {
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'Write one page per command into this directory (default: print clawctl(1) to stdout)')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The bot''s state directory. Without it clawctl looks where the bot does: OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot, ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The bot''s config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The bot''s profile: the state directory becomes ~/.openclaw-NAME')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ops database: a SQLite file path or a postgres:// URL. Default: `db` in clawctl''s config file, then <state>/clawctl/ops.db')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (terminal and NO_COLOR unset), always or never')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>). In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success (errors still go to stderr); no progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (on stderr). Repeat for more')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations. Destructive commands without a terminal refuse unless given')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'clawctl;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show what clawctl found: state dir, layout, config, agents, sessions, transcripts, media, ops database')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Ingest new transcript entries into the ops database (incremental, idempotent)')
            [CompletionResult]::new('secrets', 'secrets', [CompletionResultType]::ParameterValue, 'Find plaintext secrets, move them into the OS keychain, resolve them for the bot')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Record, query and verify the tamper-evident audit trail')
            [CompletionResult]::new('cost', 'cost', [CompletionResultType]::ParameterValue, 'Where the money went: cost attribution reports from the bot''s transcripts')
            [CompletionResult]::new('budget', 'budget', [CompletionResultType]::ParameterValue, 'Daily and monthly spending limits, and estimates before an expensive turn')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'People the bot talks to: list, show, GDPR export and erasure')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'Data retention policy: show it, enforce it from cron, legal holds')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Probe the gateway, ops database, state directory, disk and memory')
            [CompletionResult]::new('metrics', 'metrics', [CompletionResultType]::ParameterValue, 'Prometheus metrics from the ops database and the bot''s files')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The ops database: status, migrations, backup, vacuum, moving to PostgreSQL')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Generate shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Generate man pages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'clawctl;help;status' {
            break
        }
        'clawctl;help;sync' {
            break
        }
        'clawctl;help;secrets' {
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Find plaintext secrets in the config, .env, auth profiles, models.json, credentials and backups')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move every plaintext secret into the secret backend and leave references behind')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Put migrated secrets back into the files in plaintext (explicit request only)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Answer the bot''s exec secret-provider protocol (v1) on stdin/stdout')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List stored secrets: names, backends, where each is referenced, fingerprints')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a stored secret''s fingerprint (the value only with --reveal)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a secret, read from a prompt or stdin (never from the command line)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a stored secret')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace a stored secret''s value, keeping every reference to it')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Resolve ${CLAWCTL_*} references and exec a command with them in its environment')
            break
        }
        'clawctl;help;secrets;scan' {
            break
        }
        'clawctl;help;secrets;migrate' {
            break
        }
        'clawctl;help;secrets;rollback' {
            break
        }
        'clawctl;help;secrets;resolve' {
            break
        }
        'clawctl;help;secrets;list' {
            break
        }
        'clawctl;help;secrets;get' {
            break
        }
        'clawctl;help;secrets;set' {
            break
        }
        'clawctl;help;secrets;rm' {
            break
        }
        'clawctl;help;secrets;rotate' {
            break
        }
        'clawctl;help;secrets;run' {
            break
        }
        'clawctl;help;audit' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Append an event to the audit trail (for scripts, hooks and the bot side)')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Query the audit trail')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify the hash chain; name the first row that was edited, deleted, inserted or reordered')
            [CompletionResult]::new('failures', 'failures', [CompletionResultType]::ParameterValue, 'Failed operations that may be an attack, grouped by action and actor')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Show the newest events; with -f keep following new ones')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Events per action, actor and risk over a period')
            break
        }
        'clawctl;help;audit;log' {
            break
        }
        'clawctl;help;audit;query' {
            break
        }
        'clawctl;help;audit;verify' {
            break
        }
        'clawctl;help;audit;failures' {
            break
        }
        'clawctl;help;audit;tail' {
            break
        }
        'clawctl;help;audit;stats' {
            break
        }
        'clawctl;help;cost' {
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Cost attribution report: requests, tokens, cost and share, grouped')
            [CompletionResult]::new('top', 'top', [CompletionResultType]::ParameterValue, 'The most expensive sessions or single turns (\"what was that $5 turn\")')
            [CompletionResult]::new('reprice', 'reprice', [CompletionResultType]::ParameterValue, 'Re-estimate costs of rows without a recorded cost, after a price change')
            break
        }
        'clawctl;help;cost;report' {
            break
        }
        'clawctl;help;cost;top' {
            break
        }
        'clawctl;help;cost;reprice' {
            break
        }
        'clawctl;help;budget' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a daily or monthly spending limit in USD')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List budgets')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Spent, limit, remaining and projected end-of-period spend for each budget')
            [CompletionResult]::new('estimate', 'estimate', [CompletionResultType]::ParameterValue, 'Estimate the cost of the next turn and whether it would exceed a budget (exit 4 if so)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'For cron: exit 3 and name each budget above the threshold')
            break
        }
        'clawctl;help;budget;set' {
            break
        }
        'clawctl;help;budget;list' {
            break
        }
        'clawctl;help;budget;status' {
            break
        }
        'clawctl;help;budget;estimate' {
            break
        }
        'clawctl;help;budget;check' {
            break
        }
        'clawctl;help;user' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Everyone clawctl can find: ids, channels, sessions, messages, media, cost')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One person in detail, and where each piece of their data lives')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export everything about one person (GDPR Art. 15/20) as a zip or JSON')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Erase one person everywhere clawctl can reach (GDPR Art. 17)')
            break
        }
        'clawctl;help;user;list' {
            break
        }
        'clawctl;help;user;show' {
            break
        }
        'clawctl;help;user;export' {
            break
        }
        'clawctl;help;user;purge' {
            break
        }
        'clawctl;help;retention' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The effective policy and what it would remove right now')
            [CompletionResult]::new('enforce', 'enforce', [CompletionResultType]::ParameterValue, 'Apply the retention policy (safe from cron while the bot runs)')
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Place a legal hold: exempt a person''s or a session''s data from every rule')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Release a legal hold')
            break
        }
        'clawctl;help;retention;show' {
            break
        }
        'clawctl;help;retention;enforce' {
            break
        }
        'clawctl;help;retention;hold' {
            break
        }
        'clawctl;help;retention;release' {
            break
        }
        'clawctl;help;health' {
            break
        }
        'clawctl;help;metrics' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve /metrics and /health over HTTP for Prometheus and uptime monitors')
            break
        }
        'clawctl;help;metrics;serve' {
            break
        }
        'clawctl;help;db' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Backend, schema version, size and row counts of the ops database')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending schema migrations to the ops database')
            [CompletionResult]::new('migrate-to', 'migrate-to', [CompletionResultType]::ParameterValue, 'Copy the SQLite ops database into PostgreSQL (resumable, verified)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the ops database (SQLite online backup)')
            [CompletionResult]::new('vacuum', 'vacuum', [CompletionResultType]::ParameterValue, 'Reclaim space in the ops database')
            break
        }
        'clawctl;help;db;status' {
            break
        }
        'clawctl;help;db;migrate' {
            break
        }
        'clawctl;help;db;migrate-to' {
            break
        }
        'clawctl;help;db;backup' {
            break
        }
        'clawctl;help;db;vacuum' {
            break
        }
        'clawctl;help;completions' {
            break
        }
        'clawctl;help;man' {
            break
        }
        'clawctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
