// The DeviceSnapshot types live in the API contract (the renderer shows them); main code keeps
// importing them from here.
export * from '../../preload/contract/snapshot';
