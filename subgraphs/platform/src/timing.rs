//! Spreading periodic work out in time.

use std::time::Duration;

use rand::Rng;

/// A random duration between half of `period` and all of it. Things
/// started together that each wait this long (sockets opened when an
/// instance restarts, cache entries filled in one burst) come due spread
/// over half a period instead of in one instant, and none waits longer
/// than `period`.
pub fn within_second_half(period: Duration) -> Duration {
    period.mul_f64(rand::thread_rng().gen_range(0.5..=1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_spread_over_the_second_half_of_the_period() {
        let period = Duration::from_secs(30);
        let drawn: Vec<Duration> = (0..1000).map(|_| within_second_half(period)).collect();
        assert!(
            drawn.iter().all(|d| *d >= period / 2 && *d <= period),
            "{drawn:?}"
        );
        let (min, max) = (drawn.iter().min().unwrap(), drawn.iter().max().unwrap());
        assert!(*min < period.mul_f64(0.55) && *max > period.mul_f64(0.95));
    }
}
