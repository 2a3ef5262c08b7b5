//! A fresh PostgreSQL database for one test, when `CLAWCTL_TEST_PG` names a server (`.ci/run`
//! starts one on loopback); dropped with the guard. Without the variable, tests that need one
//! say so and run their SQLite half only.

pub struct PgDb {
    admin: String,
    name: String,
    pub url: String,
}

impl PgDb {
    pub fn create() -> Option<PgDb> {
        let admin = std::env::var("CLAWCTL_TEST_PG")
            .ok()
            .filter(|s| !s.is_empty())?;
        static N: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let name = format!(
            "clawctl_t_{}_{}",
            std::process::id(),
            N.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
        );
        let mut client = postgres::Client::connect(&admin, postgres::NoTls)
            .expect("CLAWCTL_TEST_PG is set but the server is unreachable");
        client
            .batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))
            .unwrap();
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap();
        let (base, _) = admin.rsplit_once('/').expect("admin URL ends in /database");
        Some(PgDb {
            url: format!("{base}/{name}"),
            admin,
            name,
        })
    }
}

impl Drop for PgDb {
    fn drop(&mut self) {
        if let Ok(mut c) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = c.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}
