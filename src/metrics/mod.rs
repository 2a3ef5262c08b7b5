//! Prometheus metrics for the bot, computed from the ops database: messages by platform,
//! model-call durations, cost, tokens and budget usage ([`collect`]), written in the text
//! exposition format ([`exposition`]).

pub mod exposition;
