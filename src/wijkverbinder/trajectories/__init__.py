"""Trajectories: the collective approach of one chosen theme through the four steps (choose the
theme, map the network, connect residents, hand over), with an append-only history."""
