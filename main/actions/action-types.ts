// Plans, steps and outcomes are part of the API contract (the renderer reviews plans and shows
// outcomes); main code keeps importing them from here.
export * from '../../preload/contract/actions';
