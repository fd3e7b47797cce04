// The ecs-local container agent's mark on the instances it registers (engine, agent and console agree on it):
// its value is the agent's container runtime (`docker` or `simulated`). Real ECS ignores the attribute.
export const AGENT_ATTRIBUTE = 'ecs-local.agent';
