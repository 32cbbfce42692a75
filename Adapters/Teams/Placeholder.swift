// TeamsAdapter
