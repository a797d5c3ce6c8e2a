"""Test-wide settings: property tests judge the code, not the machine's speed at the moment."""

from hypothesis import HealthCheck, settings

# Slow data generation or a strategy's filter is no failure of orgdoc: under a loaded CI machine
# these health checks fail at random, so they are off for every property test.
settings.register_profile(
    "orgdoc", suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
    deadline=None)
settings.load_profile("orgdoc")
