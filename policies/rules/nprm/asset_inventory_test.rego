package safeguard.rules.nprm.asset_inventory_test

import data.safeguard.rules.nprm.asset_inventory as rule

_input(spec) := {"as_of": "2026-11-01", "security_programs": [{"metadata": {"name": "program"}, "spec": spec}]}

test_stale_inventory_without_map_is_denied if {
	inventory := {"last_updated": "2025-09-01", "network_map": false}
	r := rule.deny with input as _input({"asset_inventory": inventory})
	r == {
		{"msg": "Asset inventory of security program program was last updated on 2025-09-01, more than 365 days ago; the proposed rule requires a review at least every 365 days", "at": inventory, "field": "last_updated"},
		{"msg": "Asset inventory of security program program has no network map; the proposed rule requires one", "at": inventory, "field": "network_map"},
	}
}

test_missing_inventory_is_denied if {
	spec := {"risk_analysis": {"last_completed": "2026-03-01"}}
	r := rule.deny with input as _input(spec)
	r == {{"msg": "Security program program has no asset_inventory; the proposed rule requires a written technology asset inventory and network map, reviewed at least every 365 days", "at": spec, "field": "asset_inventory"}}
}

test_inventory_without_date_is_denied if {
	inventory := {"network_map": true}
	r := rule.deny with input as _input({"asset_inventory": inventory})
	r == {{"msg": "Asset inventory of security program program has no last_updated date; the proposed rule requires a review at least every 365 days", "at": inventory, "field": "last_updated"}}
}

test_current_inventory_with_map_passes if {
	r := rule.deny with input as _input({"asset_inventory": {"last_updated": "2026-09-01", "network_map": true}})
	r == set()
}
